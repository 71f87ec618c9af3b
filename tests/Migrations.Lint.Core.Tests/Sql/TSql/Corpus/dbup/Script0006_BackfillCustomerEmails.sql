SET NOCOUNT ON

DECLARE @batch INT = 5000
DECLARE @rows INT = 1

WHILE @rows > 0
BEGIN
    UPDATE TOP (@batch) dbo.Customers
    SET Email = LOWER(Email)
    WHERE Email <> LOWER(Email) COLLATE Latin1_General_CS_AS

    SET @rows = @@ROWCOUNT
    WAITFOR DELAY '00:00:01'
END
GO
