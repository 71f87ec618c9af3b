CREATE TABLE dbo.LoyaltyAccounts
(
    CustomerId INT NOT NULL PRIMARY KEY REFERENCES dbo.Customers (CustomerId),
    Points INT NOT NULL DEFAULT 0 CHECK (Points >= 0),
    Tier AS CASE WHEN Points >= 10000 THEN 'gold' WHEN Points >= 1000 THEN 'silver' ELSE 'bronze' END
)

INSERT INTO dbo.LoyaltyAccounts (CustomerId, Points)
SELECT c.CustomerId, ISNULL(SUM(o.Total), 0) / 10
FROM dbo.Customers c
LEFT JOIN dbo.Orders o ON o.CustomerId = c.CustomerId
GROUP BY c.CustomerId
