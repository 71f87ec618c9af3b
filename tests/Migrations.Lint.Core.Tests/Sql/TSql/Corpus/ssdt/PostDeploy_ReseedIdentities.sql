DECLARE @max BIGINT;

SELECT @max = MAX(OrderId) FROM dbo.Orders;
IF @max IS NOT NULL
    DBCC CHECKIDENT ('dbo.Orders', RESEED, @max) WITH NO_INFOMSGS;

SELECT @max = MAX(ShipmentId) FROM dbo.Shipments;
IF @max IS NOT NULL
    DBCC CHECKIDENT ('dbo.Shipments', RESEED, @max) WITH NO_INFOMSGS;
