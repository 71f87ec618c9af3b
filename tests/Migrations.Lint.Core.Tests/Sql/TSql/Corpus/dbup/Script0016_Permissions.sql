IF DATABASE_PRINCIPAL_ID('app_reader') IS NULL
    CREATE ROLE app_reader AUTHORIZATION dbo
GO
IF DATABASE_PRINCIPAL_ID('app_writer') IS NULL
    CREATE ROLE app_writer AUTHORIZATION dbo
GO
GRANT SELECT ON SCHEMA::dbo TO app_reader
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::dbo TO app_writer
GRANT EXECUTE ON dbo.usp_GetCustomerOrders TO app_reader
DENY DELETE ON dbo.CustomerAudit TO app_writer
GO
