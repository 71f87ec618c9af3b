:setvar DatabaseName "ShopDb"
USE [master];
GO
IF DB_ID(N'$(DatabaseName)') IS NULL
BEGIN
    CREATE DATABASE [$(DatabaseName)];
    ALTER DATABASE [$(DatabaseName)] SET RECOVERY SIMPLE;
    ALTER DATABASE [$(DatabaseName)] SET QUERY_STORE = ON;
END
GO
USE [$(DatabaseName)];
GO
