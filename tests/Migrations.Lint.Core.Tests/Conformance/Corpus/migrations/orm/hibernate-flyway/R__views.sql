-- Repeatable migration: re-applied whenever its checksum changes.
CREATE OR REPLACE VIEW v_customer_revenue AS
SELECT c.id            AS customer_id,
       c.full_name,
       c.country_code,
       count(DISTINCT o.id)                    AS orders,
       coalesce(sum(l.quantity * l.unit_price), 0) AS revenue
  FROM customer c
  LEFT JOIN orders o     ON o.customer_id = c.id AND o.status <> 'CANCELLED'
  LEFT JOIN order_line l ON l.order_id = o.id
 GROUP BY c.id, c.full_name, c.country_code;

CREATE OR REPLACE VIEW v_open_orders AS
SELECT o.id, o.order_number, o.placed_at, o.status, c.email
  FROM orders o
  JOIN customer c ON c.id = o.customer_id
 WHERE o.status IN ('NEW', 'PAID');

DROP MATERIALIZED VIEW IF EXISTS mv_daily_sales;
CREATE MATERIALIZED VIEW mv_daily_sales AS
SELECT date_trunc('day', placed_at) AS day, count(*) AS orders, sum(total) AS total
  FROM orders
 GROUP BY 1
WITH NO DATA;
CREATE UNIQUE INDEX ON mv_daily_sales (day);
