IF OBJECT_ID('dbo.vw_CustomerSearch', 'V') IS NOT NULL
    DROP VIEW dbo.vw_CustomerSearch
GO
CREATE VIEW dbo.vw_CustomerSearch
AS
SELECT c.CustomerId,
       c.Name,
       c.Email,
       COUNT(o.OrderId) AS OrderCount,
       MAX(o.OrderedAt) AS LastOrderAt
FROM dbo.Customers c
LEFT JOIN dbo.Orders o ON o.CustomerId = c.CustomerId
GROUP BY c.CustomerId, c.Name, c.Email
GO
