DECLARE @changes TABLE (OrderId BIGINT, OldStatus TINYINT, NewStatus TINYINT);

UPDATE dbo.Orders
SET Status = 3
OUTPUT inserted.OrderId, deleted.Status, inserted.Status INTO @changes (OrderId, OldStatus, NewStatus)
WHERE Status = 0 AND OrderedAt < DATEADD(DAY, -30, SYSUTCDATETIME());

INSERT INTO dbo.OrderEvents (OrderId, EventType, Payload)
SELECT OrderId, 'auto-cancelled', (SELECT OldStatus AS oldStatus, NewStatus AS newStatus FOR JSON PATH, WITHOUT_ARRAY_WRAPPER)
FROM @changes;
