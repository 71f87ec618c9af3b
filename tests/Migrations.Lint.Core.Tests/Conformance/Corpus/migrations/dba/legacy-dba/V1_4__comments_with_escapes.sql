COMMENT ON SCHEMA oms IS 'Order management system (the "OMS"); owner''s contact: dba@example.com';
COMMENT ON TABLE oms.customers IS 'One row per customer. Don''t store card data here!';
COMMENT ON COLUMN oms.customers.billing IS E'Billing address.\nComposite type oms.address; use (billing).city to read a field.';
COMMENT ON COLUMN oms.orders."comment" IS E'Free text from the shop front-end.\tMay contain \'quotes\' and backslashes (\\).';
COMMENT ON TYPE oms.order_status IS $$Lifecycle: new -> paid -> shipped; 'cancelled' is terminal.$$;
COMMENT ON DOMAIN oms.email IS $doc$Case-insensitive e-mail check; regex uses \. literally (standard_conforming_strings = on).$doc$;
COMMENT ON INDEX oms.orders_ordered_at_idx IS NULL;
COMMENT ON CONSTRAINT customers_email_key ON oms.customers IS U&'E-Mail muss eindeutig sein \2014 gro\00DF/klein egal';
COMMENT ON SEQUENCE oms.orders_order_id_seq IS 'Identity sequence – don''t ALTER by hand';
