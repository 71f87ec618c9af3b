BEGIN;
DROP VIEW IF EXISTS reports.v_sales_by_month;
DROP PROCEDURE IF EXISTS dwh.load_sales(date, date);
DROP SCHEMA IF EXISTS dwh CASCADE;
COMMIT;
