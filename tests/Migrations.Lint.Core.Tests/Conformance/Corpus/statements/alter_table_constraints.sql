ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0::money);
ALTER TABLE orders ADD CONSTRAINT orders_total_positive2 CHECK (total > 0::money) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers ON DELETE SET NULL (customer_id);
ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE (number);
ALTER TABLE orders ADD CONSTRAINT orders_number_key2 UNIQUE USING INDEX orders_number_idx;
ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx;
ALTER TABLE orders ADD PRIMARY KEY (id);
ALTER TABLE orders ADD CONSTRAINT orders_no_overlap EXCLUDE USING gist (customer_id WITH =, period WITH &&);
ALTER TABLE orders ADD CONSTRAINT orders_status_nn NOT NULL status;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive2;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
ALTER TABLE orders DROP CONSTRAINT orders_total_positive;
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_total_positive CASCADE;
ALTER TABLE orders ALTER CONSTRAINT orders_customer_fk DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE orders RENAME CONSTRAINT orders_number_key TO orders_number_unique;
ALTER TABLE orders
  ADD CONSTRAINT c1 CHECK (seq > 0) NOT VALID,
  ADD CONSTRAINT c2 FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT c1, VALIDATE CONSTRAINT c2;
