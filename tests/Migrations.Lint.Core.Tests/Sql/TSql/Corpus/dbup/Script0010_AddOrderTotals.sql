ALTER TABLE dbo.Orders ADD
    Subtotal MONEY NOT NULL CONSTRAINT DF_Orders_Subtotal DEFAULT 0,
    Tax MONEY NOT NULL CONSTRAINT DF_Orders_Tax DEFAULT 0,
    Total AS (Subtotal + Tax)
GO

;WITH totals AS (
    SELECT OrderId, SUM(LineTotal) AS Subtotal
    FROM dbo.OrderLines
    GROUP BY OrderId
)
UPDATE o
SET o.Subtotal = t.Subtotal
FROM dbo.Orders o
JOIN totals t ON t.OrderId = o.OrderId
GO
