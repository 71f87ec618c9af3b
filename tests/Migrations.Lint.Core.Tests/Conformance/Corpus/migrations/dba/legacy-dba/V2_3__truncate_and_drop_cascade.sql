-- Reset the demo tenant. UNSAFE anywhere but staging.
BEGIN;
TRUNCATE TABLE oms.order_lines, oms.orders RESTART IDENTITY CASCADE;
TRUNCATE ONLY oms.customers CONTINUE IDENTITY RESTRICT;
TRUNCATE oms.orders_staging;
DROP TABLE IF EXISTS oms.orders_staging, oms.order_lines_staging CASCADE;
DROP VIEW IF EXISTS oms.active_customers CASCADE;
DROP TYPE IF EXISTS oms.floatrange CASCADE;
DROP DOMAIN IF EXISTS oms.legacy_code RESTRICT;
DROP SCHEMA IF EXISTS archive CASCADE;
COMMIT;
