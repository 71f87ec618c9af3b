SET XACT_ABORT ON;
BEGIN DISTRIBUTED TRANSACTION;
    UPDATE [LinkedReporting].Reporting.dbo.Customers SET IsActive = 0 WHERE CustomerId IN (SELECT CustomerId FROM dbo.Customers WHERE DeletedAt IS NOT NULL);
    UPDATE dbo.Customers SET SyncedAt = SYSUTCDATETIME() WHERE DeletedAt IS NOT NULL;
COMMIT TRANSACTION;
