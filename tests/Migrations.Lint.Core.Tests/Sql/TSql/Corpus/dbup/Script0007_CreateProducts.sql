CREATE TABLE dbo.Products (
    ProductId INT NOT NULL IDENTITY,
    Sku VARCHAR(40) NOT NULL,
    Title NVARCHAR(300) NOT NULL,
    Price MONEY NOT NULL CONSTRAINT CK_Products_Price CHECK (Price >= 0),
    Discontinued BIT NOT NULL DEFAULT 0,
    RowVersion ROWVERSION NOT NULL,
    CONSTRAINT PK_Products PRIMARY KEY (ProductId),
    CONSTRAINT UQ_Products_Sku UNIQUE (Sku)
);

CREATE TABLE dbo.OrderLines (
    OrderId BIGINT NOT NULL,
    LineNumber SMALLINT NOT NULL,
    ProductId INT NOT NULL REFERENCES dbo.Products (ProductId),
    Quantity INT NOT NULL,
    UnitPrice MONEY NOT NULL,
    LineTotal AS (Quantity * UnitPrice) PERSISTED,
    CONSTRAINT PK_OrderLines PRIMARY KEY (OrderId, LineNumber),
    CONSTRAINT FK_OrderLines_Orders FOREIGN KEY (OrderId) REFERENCES dbo.Orders (OrderId) ON DELETE CASCADE
);
