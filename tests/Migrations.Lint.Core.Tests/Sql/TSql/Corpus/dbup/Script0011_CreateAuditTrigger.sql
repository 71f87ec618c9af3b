CREATE TABLE dbo.CustomerAudit
(
    AuditId BIGINT IDENTITY(1,1) PRIMARY KEY,
    CustomerId INT NOT NULL,
    ChangedAt DATETIME2(3) NOT NULL DEFAULT SYSUTCDATETIME(),
    ChangedBy SYSNAME NOT NULL DEFAULT SUSER_SNAME(),
    OldEmail NVARCHAR(320) NULL,
    NewEmail NVARCHAR(320) NULL
)
GO

CREATE TRIGGER dbo.trg_Customers_EmailAudit
ON dbo.Customers
AFTER UPDATE
AS
BEGIN
    SET NOCOUNT ON;
    IF NOT UPDATE(Email) RETURN;

    INSERT INTO dbo.CustomerAudit (CustomerId, OldEmail, NewEmail)
    SELECT d.CustomerId, d.Email, i.Email
    FROM deleted d
    JOIN inserted i ON i.CustomerId = d.CustomerId
    WHERE ISNULL(d.Email, '') <> ISNULL(i.Email, '');
END
GO
