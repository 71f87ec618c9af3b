IF EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[dbo].[usp_RecordFailedLogin]') AND type IN (N'P', N'PC'))
DROP PROCEDURE [dbo].[usp_RecordFailedLogin]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

CREATE PROCEDURE [dbo].[usp_RecordFailedLogin]
    @Login NVARCHAR(100)
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @failed INT;

    UPDATE dbo.Accounts
    SET @failed = FailedLogins = FailedLogins + 1
    WHERE Login = @Login;

    IF @failed >= 5
    BEGIN
        EXEC dbo.usp_LockAccount @Login = @Login, @Minutes = 30;
    END
    ELSE IF @failed >= 3
    BEGIN
        WAITFOR DELAY '00:00:02';
    END
END
GO
