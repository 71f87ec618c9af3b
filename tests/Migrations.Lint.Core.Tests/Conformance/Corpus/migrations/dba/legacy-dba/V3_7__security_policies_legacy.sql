ALTER TABLE oms.orders ENABLE ROW LEVEL SECURITY;

CREATE POLICY orders_tenant_isolation ON oms.orders
    AS RESTRICTIVE
    FOR ALL
    TO oms_app
    USING (tenant_id = current_setting('app.tenant_id')::integer)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::integer);

CREATE POLICY orders_readonly_all ON oms.orders FOR SELECT TO oms_readonly USING (true);

ALTER TABLE oms.orders NO FORCE ROW LEVEL SECURITY;
SET ROLE oms_app;
SET app.tenant_id = '7';
SELECT count(*) FROM oms.orders;
RESET ROLE;
SET SESSION AUTHORIZATION DEFAULT;
