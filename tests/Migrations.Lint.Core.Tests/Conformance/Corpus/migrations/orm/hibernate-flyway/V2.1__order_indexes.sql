-- Hibernate does not create indexes on FK columns; add them ourselves.
CREATE INDEX idx_orders_customer_id ON orders (customer_id);
CREATE INDEX idx_order_line_order_id ON order_line (order_id);
CREATE INDEX idx_order_line_product_id ON order_line (product_id);
CREATE INDEX idx_orders_open ON orders (placed_at) WHERE status IN ('NEW', 'PAID');
