IF OBJECT_ID(N'dbo.fn_IsLocked', N'FN') IS NOT NULL
    DROP FUNCTION dbo.fn_IsLocked
GO
CREATE FUNCTION dbo.fn_IsLocked (@AccountId UNIQUEIDENTIFIER)
RETURNS BIT
AS
BEGIN
    DECLARE @locked BIT = 0;
    IF EXISTS (SELECT 1 FROM dbo.Accounts WHERE AccountId = @AccountId AND LockedUntil > SYSUTCDATETIME())
        SET @locked = 1;
    RETURN @locked;
END
GO
