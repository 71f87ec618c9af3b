-- Copy the structure for a staging table, then snapshot data into a report table.
CREATE TABLE oms.orders_staging (LIKE oms.orders INCLUDING ALL EXCLUDING IDENTITY);
CREATE UNLOGGED TABLE oms.order_lines_staging (LIKE oms.order_lines INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES);
CREATE TEMP TABLE tmp_customers (LIKE oms.customers) ON COMMIT PRESERVE ROWS;

CREATE TABLE IF NOT EXISTS reports.revenue_2023 AS
SELECT date_trunc('month', o.ordered_at)::date AS month,
       c.billing.country AS country,
       count(DISTINCT o.customer_id) AS customers,
       sum(o.gross_amount) AS revenue
  FROM oms.orders o
  JOIN oms.customers c USING (customer_id)
 WHERE o.ordered_at >= DATE '2023-01-01'
   AND o.ordered_at <  DATE '2024-01-01'
 GROUP BY ROLLUP (1, 2)
WITH DATA;

CREATE TABLE reports.top_customers (customer_id, revenue) AS
    SELECT customer_id, sum(gross_amount)
      FROM oms.orders
     GROUP BY customer_id
     ORDER BY 2 DESC
     FETCH FIRST 100 ROWS WITH TIES;

CREATE TABLE reports.orders_sample AS
    TABLE oms.orders
WITH NO DATA;

SELECT * INTO TEMPORARY recent_orders FROM oms.orders WHERE ordered_at > now() - interval '7 days';

CREATE TABLE reports.orders_sample_10pct AS SELECT * FROM oms.orders TABLESAMPLE SYSTEM (10) REPEATABLE (42);
