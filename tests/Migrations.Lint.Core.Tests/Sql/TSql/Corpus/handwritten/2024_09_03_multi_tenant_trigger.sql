IF OBJECT_ID(N'dbo.trg_Orders_SetTenant', N'TR') IS NOT NULL
    DROP TRIGGER dbo.trg_Orders_SetTenant;
GO
CREATE TRIGGER dbo.trg_Orders_SetTenant ON dbo.Orders
INSTEAD OF INSERT
AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO dbo.Orders (CustomerId, TenantId, OrderedAt, Status)
    SELECT i.CustomerId, COALESCE(i.TenantId, CAST(SESSION_CONTEXT(N'TenantId') AS INT)), i.OrderedAt, i.Status
    FROM inserted AS i;
END;
GO
