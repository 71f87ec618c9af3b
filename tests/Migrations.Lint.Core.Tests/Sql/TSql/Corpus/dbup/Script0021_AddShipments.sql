CREATE TABLE dbo.Shipments
(
    ShipmentId INT IDENTITY CONSTRAINT PK_Shipments PRIMARY KEY,
    OrderId BIGINT NOT NULL CONSTRAINT FK_Shipments_Orders REFERENCES dbo.Orders(OrderId),
    Carrier VARCHAR(20) NOT NULL CONSTRAINT CK_Shipments_Carrier CHECK (Carrier IN ('DHL', 'UPS', 'FEDEX', 'POST')),
    TrackingNumber VARCHAR(64) NULL,
    ShippedAt DATETIMEOFFSET(0) NULL
)
CREATE INDEX IX_Shipments_OrderId ON dbo.Shipments(OrderId)
CREATE INDEX IX_Shipments_Tracking ON dbo.Shipments(TrackingNumber) WHERE TrackingNumber IS NOT NULL
