CREATE SEQUENCE IF NOT EXISTS order_number_seq AS bigint START 100000 MINVALUE 100000 CACHE 20;
ALTER TABLE orders ADD COLUMN order_number bigint;
UPDATE orders SET order_number = nextval('order_number_seq') WHERE order_number IS NULL;
ALTER TABLE orders ALTER COLUMN order_number SET DEFAULT nextval('order_number_seq');
ALTER TABLE orders ALTER COLUMN order_number SET NOT NULL;
ALTER SEQUENCE order_number_seq OWNED BY orders.order_number;
CREATE UNIQUE INDEX ux_orders_order_number ON orders (order_number);
