:setvar AppLogin "shop_app"
USE [master]
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'$(AppLogin)')
    CREATE LOGIN [$(AppLogin)] WITH PASSWORD = N'$(AppPassword)', CHECK_POLICY = ON, DEFAULT_DATABASE = [ShopDb]
GO
USE [ShopDb]
GO
IF USER_ID(N'$(AppLogin)') IS NOT NULL
    DROP USER [$(AppLogin)]
CREATE USER [$(AppLogin)] FOR LOGIN [$(AppLogin)]
ALTER ROLE db_datareader ADD MEMBER [$(AppLogin)]
GO
