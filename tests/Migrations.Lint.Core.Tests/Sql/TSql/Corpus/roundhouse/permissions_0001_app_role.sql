IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = 'rh_app' AND type = 'R')
    CREATE ROLE rh_app
GO
GRANT EXECUTE ON dbo.usp_LockAccount TO rh_app
GRANT EXECUTE ON dbo.usp_RecordFailedLogin TO rh_app
GRANT SELECT ON dbo.vw_LockedAccounts TO rh_app
GRANT EXECUTE ON dbo.fn_IsLocked TO rh_app
DENY SELECT ON dbo.Accounts (PasswordHash, Salt) TO rh_app
GO
