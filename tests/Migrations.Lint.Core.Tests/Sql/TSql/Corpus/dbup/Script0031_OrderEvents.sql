CREATE TABLE dbo.OrderEvents (
    OrderEventId BIGINT IDENTITY(1, 1) NOT NULL,
    OrderId BIGINT NOT NULL,
    EventType VARCHAR(30) NOT NULL,
    Payload NVARCHAR(MAX) NULL CONSTRAINT CK_OrderEvents_Payload CHECK (Payload IS NULL OR ISJSON(Payload) = 1),
    OccurredAt DATETIME2(3) NOT NULL CONSTRAINT DF_OrderEvents_OccurredAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_OrderEvents PRIMARY KEY NONCLUSTERED (OrderEventId)
)
GO
CREATE CLUSTERED INDEX CIX_OrderEvents_OccurredAt ON dbo.OrderEvents (OccurredAt, OrderEventId)
GO
