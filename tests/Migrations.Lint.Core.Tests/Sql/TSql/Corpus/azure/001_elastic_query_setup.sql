IF NOT EXISTS (SELECT 1 FROM sys.symmetric_keys WHERE name = N'##MS_DatabaseMasterKey##')
    CREATE MASTER KEY ENCRYPTION BY PASSWORD = N'$(MasterKeyPassword)';
GO
CREATE DATABASE SCOPED CREDENTIAL ReportingCredential WITH IDENTITY = N'reporting', SECRET = N'$(ReportingSecret)';
GO
CREATE EXTERNAL DATA SOURCE ReportingDb WITH (
    TYPE = RDBMS,
    LOCATION = N'reporting.database.windows.net',
    DATABASE_NAME = N'Reporting',
    CREDENTIAL = ReportingCredential
);
GO
CREATE EXTERNAL TABLE dbo.ExternalMonthlySales (
    [Month] DATE NOT NULL,
    Revenue DECIMAL(19, 4) NOT NULL
) WITH (DATA_SOURCE = ReportingDb, SCHEMA_NAME = N'dbo', OBJECT_NAME = N'MonthlySales');
GO
