IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'$(AppUser)')
BEGIN
    CREATE USER [$(AppUser)] FOR LOGIN [$(AppLogin)] WITH DEFAULT_SCHEMA = [dbo];
END;

ALTER ROLE [db_datareader] ADD MEMBER [$(AppUser)];
ALTER ROLE [db_datawriter] ADD MEMBER [$(AppUser)];
GRANT EXECUTE ON SCHEMA::[dbo] TO [$(AppUser)];
GO
