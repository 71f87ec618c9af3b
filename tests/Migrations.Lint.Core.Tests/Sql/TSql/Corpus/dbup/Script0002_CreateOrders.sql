-- Orders belong to customers; totals are computed from lines later.
CREATE TABLE dbo.Orders
(
    OrderId BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_Orders PRIMARY KEY,
    CustomerId INT NOT NULL,
    OrderedAt DATETIME NOT NULL DEFAULT GETDATE(),
    Status TINYINT NOT NULL CONSTRAINT DF_Orders_Status DEFAULT (0),
    Notes NVARCHAR(MAX) NULL
)

ALTER TABLE dbo.Orders ADD CONSTRAINT FK_Orders_Customers
    FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (CustomerId)

CREATE NONCLUSTERED INDEX IX_Orders_CustomerId ON dbo.Orders (CustomerId) INCLUDE (OrderedAt, Status)
