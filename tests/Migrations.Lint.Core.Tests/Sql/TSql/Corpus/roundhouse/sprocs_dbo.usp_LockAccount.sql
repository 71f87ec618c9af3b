IF OBJECT_ID('dbo.usp_LockAccount') IS NULL
    EXEC('CREATE PROCEDURE dbo.usp_LockAccount AS SET NOCOUNT ON;')
GO

ALTER PROCEDURE dbo.usp_LockAccount
    @Login NVARCHAR(100),
    @Minutes INT = 15
AS
BEGIN
    SET NOCOUNT ON

    UPDATE dbo.Accounts
    SET LockedUntil = DATEADD(MINUTE, @Minutes, SYSUTCDATETIME()),
        FailedLogins = 0
    WHERE Login = @Login

    IF @@ROWCOUNT = 0
    BEGIN
        RAISERROR('No account named %s.', 11, 1, @Login)
        RETURN 1
    END

    RETURN 0
END
GO
