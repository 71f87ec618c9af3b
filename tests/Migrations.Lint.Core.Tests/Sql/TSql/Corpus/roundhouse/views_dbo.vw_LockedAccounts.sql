IF OBJECT_ID(N'dbo.vw_LockedAccounts', N'V') IS NOT NULL
    DROP VIEW dbo.vw_LockedAccounts;
GO
CREATE VIEW dbo.vw_LockedAccounts
AS
    SELECT AccountId, Login, LockedUntil
    FROM dbo.Accounts
    WHERE LockedUntil > SYSUTCDATETIME();
GO
