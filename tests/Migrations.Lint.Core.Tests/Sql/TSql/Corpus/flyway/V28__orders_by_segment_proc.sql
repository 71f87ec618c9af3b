CREATE PROCEDURE dbo.orders_by_segment
    @from DATE,
    @to DATE
AS
SET NOCOUNT ON;

WITH per_customer AS (
    SELECT o.CustomerId, COUNT(*) AS orders, SUM(o.Total) AS revenue
    FROM dbo.Orders o
    WHERE o.OrderedAt >= @from AND o.OrderedAt < DATEADD(DAY, 1, @to)
    GROUP BY o.CustomerId
)
SELECT s.name AS segment, SUM(pc.orders) AS orders, SUM(pc.revenue) AS revenue
FROM per_customer pc
JOIN dbo.Customers c ON c.CustomerId = pc.CustomerId
JOIN dbo.customer_segment s ON s.segment_id = c.segment_id
GROUP BY s.name
ORDER BY revenue DESC;
GO
