CREATE INDEX IX_Orders_Tenant1_Open ON dbo.Orders (OrderedAt) WHERE TenantId = 1 AND Status IN (0, 1);
CREATE INDEX IX_Orders_Tenant2_Open ON dbo.Orders (OrderedAt) WHERE TenantId = 2 AND Status IN (0, 1);
CREATE INDEX IX_Orders_Open ON dbo.Orders (TenantId, OrderedAt) INCLUDE (Total) WHERE Status <> 3
    WITH (ONLINE = ON, DROP_EXISTING = OFF) ON [PRIMARY];
