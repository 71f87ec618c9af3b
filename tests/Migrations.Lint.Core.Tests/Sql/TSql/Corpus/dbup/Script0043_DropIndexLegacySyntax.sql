DROP INDEX dbo.Orders.IX_Orders_Legacy
DROP INDEX Shipments.IX_Shipments_Carrier, Shipments.IX_Shipments_ShippedAt
GO
