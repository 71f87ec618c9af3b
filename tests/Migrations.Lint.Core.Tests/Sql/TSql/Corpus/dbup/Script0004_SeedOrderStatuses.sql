CREATE TABLE dbo.OrderStatus
(
    OrderStatusId TINYINT NOT NULL PRIMARY KEY,
    Name VARCHAR(50) NOT NULL UNIQUE
)
GO

INSERT INTO dbo.OrderStatus (OrderStatusId, Name) VALUES (0, 'New')
INSERT INTO dbo.OrderStatus (OrderStatusId, Name) VALUES (1, 'Paid')
INSERT INTO dbo.OrderStatus (OrderStatusId, Name) VALUES (2, 'Shipped')
INSERT INTO dbo.OrderStatus (OrderStatusId, Name) VALUES (3, 'Cancelled')
GO

ALTER TABLE dbo.Orders WITH CHECK ADD CONSTRAINT FK_Orders_OrderStatus FOREIGN KEY (Status) REFERENCES dbo.OrderStatus (OrderStatusId)
GO
