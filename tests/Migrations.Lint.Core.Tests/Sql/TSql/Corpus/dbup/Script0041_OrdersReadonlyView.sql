CREATE VIEW dbo.vw_RecentOrders
WITH SCHEMABINDING, VIEW_METADATA
AS
    SELECT o.OrderId, o.CustomerId, o.OrderedAt, o.Total
    FROM dbo.Orders o
    WHERE o.OrderedAt >= CONVERT(DATETIME, '20240101', 112)
WITH CHECK OPTION
GO
