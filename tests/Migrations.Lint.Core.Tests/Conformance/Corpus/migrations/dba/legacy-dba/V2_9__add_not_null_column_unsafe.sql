-- UNSAFE patterns from a 2018 hotfix that took the shop down for 40 minutes.
ALTER TABLE oms.orders ADD COLUMN channel text NOT NULL;
ALTER TABLE oms.orders ALTER COLUMN "comment" SET NOT NULL;
ALTER TABLE oms.orders ALTER COLUMN net_amount TYPE numeric(14, 2);
ALTER TABLE oms.order_lines ADD CONSTRAINT order_lines_sku_fk FOREIGN KEY (sku) REFERENCES oms.products (sku);
CREATE INDEX order_lines_sku_idx ON oms.order_lines (sku);
ALTER TABLE oms.customers DROP COLUMN shipping;
ALTER TABLE oms.orders ADD COLUMN legacy_ref uuid DEFAULT gen_random_uuid();
ALTER TABLE oms.orders RENAME COLUMN "comment" TO customer_note;
DROP TABLE oms.legacy_carts;
LOCK TABLE oms.orders;
