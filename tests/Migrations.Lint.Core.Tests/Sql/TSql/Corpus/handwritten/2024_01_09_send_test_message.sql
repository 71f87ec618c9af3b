DECLARE @handle UNIQUEIDENTIFIER;

BEGIN DIALOG CONVERSATION @handle
    FROM SERVICE [//app/NotifyService]
    TO SERVICE '//app/NotifyService'
    ON CONTRACT [//app/NotifyContract]
    WITH ENCRYPTION = OFF;

SEND ON CONVERSATION @handle MESSAGE TYPE [//app/Notify] (N'<ping/>');

END CONVERSATION @handle WITH CLEANUP;
