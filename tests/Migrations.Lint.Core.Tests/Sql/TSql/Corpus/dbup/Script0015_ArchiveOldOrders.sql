SET XACT_ABORT ON
BEGIN TRANSACTION

SELECT *
INTO dbo.Orders_Archive_2019
FROM dbo.Orders
WHERE OrderedAt < '20200101'

DELETE ol
FROM dbo.OrderLines ol
INNER JOIN dbo.Orders o ON o.OrderId = ol.OrderId
WHERE o.OrderedAt < '20200101'

DELETE FROM dbo.Orders WHERE OrderedAt < '20200101'

COMMIT TRANSACTION
GO
