CREATE VIEW order_view AS SELECT id, total FROM orders;
CREATE OR REPLACE VIEW order_view (order_id, amount) AS SELECT id, total FROM orders WHERE total > 0::money;
CREATE TEMP VIEW temp_view AS SELECT 1 AS one;
CREATE RECURSIVE VIEW numbers (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM numbers WHERE n < 100;
CREATE VIEW secure_view WITH (security_barrier = true, security_invoker) AS SELECT * FROM orders WITH LOCAL CHECK OPTION;
CREATE VIEW cascaded_view AS SELECT * FROM orders WHERE status = 'open' WITH CASCADED CHECK OPTION;
CREATE VIEW with_cte AS WITH x AS (SELECT 1 AS n) SELECT n FROM x;
CREATE MATERIALIZED VIEW order_stats AS
  SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id
  WITH DATA;
CREATE MATERIALIZED VIEW order_stats_fast USING heap WITH (fillfactor = 90) TABLESPACE fast_space AS SELECT 1 AS one WITH NO DATA;
DROP VIEW order_view, temp_view CASCADE;
DROP MATERIALIZED VIEW IF EXISTS order_stats;
