CREATE SEQUENCE IF NOT EXISTS oms.invoice_no_seq
    AS integer
    INCREMENT BY 1
    MINVALUE 100000
    MAXVALUE 999999
    START WITH 100000
    CACHE 20
    NO CYCLE;

ALTER SEQUENCE oms.invoice_no_seq RESTART WITH 250000;
ALTER SEQUENCE oms.invoice_no_seq INCREMENT BY 10 CACHE 1;
ALTER SEQUENCE oms.invoice_no_seq OWNED BY oms.invoices.invoice_no;
ALTER SEQUENCE IF EXISTS oms.tmp_seq OWNED BY NONE;
ALTER SEQUENCE oms.invoice_no_seq AS bigint MAXVALUE 9999999999 CYCLE;
ALTER SEQUENCE oms.invoice_no_seq SET UNLOGGED;
ALTER SEQUENCE oms.invoice_no_seq SET LOGGED;
SELECT nextval('oms.invoice_no_seq'), currval('oms.invoice_no_seq'), setval('oms.invoice_no_seq', 250000, true);

ALTER TABLE oms.customers ALTER COLUMN customer_id RESTART WITH 50000;
ALTER TABLE oms.orders ALTER COLUMN order_id SET GENERATED ALWAYS;
ALTER TABLE oms.orders ALTER COLUMN order_id SET INCREMENT BY 1 SET CACHE 50;
DROP SEQUENCE IF EXISTS oms.old_order_seq CASCADE;
