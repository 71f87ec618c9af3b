INSERT INTO dbo.OrderEvents (OrderId, EventType, OccurredAt)
SELECT o.OrderId, 'created', o.OrderedAt
FROM dbo.Orders o
WHERE NOT EXISTS (SELECT 1 FROM dbo.OrderEvents e WHERE e.OrderId = o.OrderId AND e.EventType = 'created')

INSERT INTO dbo.OrderEvents (OrderId, EventType, OccurredAt)
SELECT s.OrderId, 'shipped', s.ShippedAt
FROM dbo.Shipments s
WHERE s.ShippedAt IS NOT NULL
