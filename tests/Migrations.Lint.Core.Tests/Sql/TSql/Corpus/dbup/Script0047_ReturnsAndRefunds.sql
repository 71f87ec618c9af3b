CREATE TABLE dbo.Returns
(
    ReturnId INT IDENTITY(1,1) NOT NULL CONSTRAINT PK_Returns PRIMARY KEY,
    OrderId BIGINT NOT NULL CONSTRAINT FK_Returns_Orders REFERENCES dbo.Orders (OrderId),
    Reason NVARCHAR(400) NULL,
    ReceivedAt DATETIME2 NULL
)
CREATE TABLE dbo.Refunds
(
    RefundId INT IDENTITY(1,1) NOT NULL CONSTRAINT PK_Refunds PRIMARY KEY,
    ReturnId INT NOT NULL CONSTRAINT FK_Refunds_Returns REFERENCES dbo.Returns (ReturnId) ON DELETE CASCADE,
    Amount MONEY NOT NULL,
    RefundedAt DATETIME2 NOT NULL CONSTRAINT DF_Refunds_RefundedAt DEFAULT SYSUTCDATETIME()
)
CREATE INDEX IX_Returns_OrderId ON dbo.Returns (OrderId)
CREATE INDEX IX_Refunds_ReturnId ON dbo.Refunds (ReturnId)
