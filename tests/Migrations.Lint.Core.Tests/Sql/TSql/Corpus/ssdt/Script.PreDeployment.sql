:setvar LegacySchema "legacy"
PRINT N'Pre-deployment: moving legacy objects out of the way'
GO
IF EXISTS (SELECT 1 FROM sys.schemas WHERE name = N'$(LegacySchema)')
    AND OBJECT_ID(N'[$(LegacySchema)].[CustomerImport]', N'U') IS NOT NULL
BEGIN
    DROP TABLE [$(LegacySchema)].[CustomerImport];
END
GO
IF COL_LENGTH(N'dbo.Customers', N'LegacyCode') IS NOT NULL
BEGIN
    EXEC sp_executesql N'UPDATE dbo.Customers SET LegacyCode = NULL WHERE LegacyCode = N''''';
END
GO
