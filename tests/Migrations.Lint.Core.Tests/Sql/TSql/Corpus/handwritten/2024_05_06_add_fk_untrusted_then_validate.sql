-- Adding the key WITH NOCHECK is instant; validating it scans dbo.Payments later, off-peak.
ALTER TABLE dbo.Payments WITH NOCHECK
    ADD CONSTRAINT FK_Payments_Invoices FOREIGN KEY (InvoiceId) REFERENCES dbo.Invoices (InvoiceId);
GO

-- later, in a maintenance window:
ALTER TABLE dbo.Payments WITH CHECK CHECK CONSTRAINT FK_Payments_Invoices;
GO

SELECT name, is_not_trusted FROM sys.foreign_keys WHERE name = N'FK_Payments_Invoices';
GO
