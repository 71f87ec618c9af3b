:setvar DatabaseName "ShopDb"
:setvar Release "42"
:on error exit
USE [$(DatabaseName)];
GO
PRINT N'Deploying release $(Release) to $(DatabaseName)';
GO
:r .\release42\001_tables.sql
:r .\release42\002_procs.sql
GO
INSERT INTO dbo.DeploymentLog (Release, DeployedAt, DeployedBy)
VALUES (N'$(Release)', SYSUTCDATETIME(), SUSER_SNAME());
GO
