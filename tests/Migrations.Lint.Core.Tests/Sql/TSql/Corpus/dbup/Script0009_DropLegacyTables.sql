IF OBJECT_ID(N'dbo.CustomerImport_Staging', N'U') IS NOT NULL
BEGIN
    DROP TABLE dbo.CustomerImport_Staging
    PRINT 'Dropped dbo.CustomerImport_Staging'
END

DROP TABLE IF EXISTS dbo.OrderImport_Staging, dbo.ProductImport_Staging
GO
