IF COL_LENGTH('dbo.Accounts', 'FailedLogins') IS NULL
    ALTER TABLE dbo.Accounts ADD FailedLogins INT NOT NULL CONSTRAINT DF_Accounts_FailedLogins DEFAULT 0 WITH VALUES
