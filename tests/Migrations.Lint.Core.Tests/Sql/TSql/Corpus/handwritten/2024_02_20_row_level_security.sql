CREATE SCHEMA security;
GO

CREATE FUNCTION security.fn_TenantPredicate (@TenantId INT)
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN SELECT 1 AS allowed
WHERE @TenantId = CAST(SESSION_CONTEXT(N'TenantId') AS INT);
GO

CREATE SECURITY POLICY security.TenantFilter
    ADD FILTER PREDICATE security.fn_TenantPredicate(TenantId) ON dbo.Orders,
    ADD BLOCK PREDICATE security.fn_TenantPredicate(TenantId) ON dbo.Orders AFTER INSERT
WITH (STATE = ON);
GO
