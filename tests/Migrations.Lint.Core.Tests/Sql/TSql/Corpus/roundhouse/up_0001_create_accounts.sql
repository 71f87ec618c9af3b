IF NOT EXISTS (SELECT * FROM sys.tables WHERE name = 'Accounts' AND schema_id = SCHEMA_ID('dbo'))
BEGIN
    CREATE TABLE dbo.Accounts (
        AccountId UNIQUEIDENTIFIER NOT NULL CONSTRAINT DF_Accounts_AccountId DEFAULT NEWSEQUENTIALID(),
        Login NVARCHAR(100) NOT NULL,
        PasswordHash VARBINARY(64) NOT NULL,
        Salt VARBINARY(16) NOT NULL CONSTRAINT DF_Accounts_Salt DEFAULT CRYPT_GEN_RANDOM(16),
        LockedUntil DATETIME2 NULL,
        CONSTRAINT PK_Accounts PRIMARY KEY NONCLUSTERED (AccountId),
        CONSTRAINT UQ_Accounts_Login UNIQUE CLUSTERED (Login)
    )
END
