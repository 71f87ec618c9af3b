CREATE INDEX CONCURRENTLY orders_idx orders (customer_id);
