SET XACT_ABORT ON;
BEGIN TRAN;

    CREATE TABLE dbo.AccountsHistory (
        AccountId UNIQUEIDENTIFIER NOT NULL,
        Login NVARCHAR(100) NOT NULL,
        ChangedAt DATETIME2 NOT NULL,
        Operation CHAR(1) NOT NULL CHECK (Operation IN ('I', 'U', 'D'))
    );

    INSERT INTO dbo.AccountsHistory (AccountId, Login, ChangedAt, Operation)
    SELECT AccountId, Login, SYSUTCDATETIME(), 'I' FROM dbo.Accounts;

COMMIT TRAN;
