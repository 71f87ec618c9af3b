-- ============================================================================
--  Reporting refactor (ticket DBA-1207)
--  * new star schema in "dwh"
--  * nightly load procedure
--  * old reporting views dropped
-- ============================================================================
BEGIN;

SET LOCAL lock_timeout = '10s';
SET LOCAL search_path = dwh, public;

CREATE SCHEMA IF NOT EXISTS dwh;

CREATE TABLE IF NOT EXISTS dwh.dim_date (
    date_key     integer PRIMARY KEY,            -- yyyymmdd
    full_date    date    NOT NULL UNIQUE,
    year         smallint NOT NULL,
    quarter      smallint NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    month        smallint NOT NULL,
    month_name   text     NOT NULL,
    iso_week     smallint NOT NULL,
    is_weekend   boolean  NOT NULL
);

INSERT INTO dwh.dim_date
SELECT to_char(d, 'YYYYMMDD')::integer,
       d::date,
       extract(year FROM d)::smallint,
       extract(quarter FROM d)::smallint,
       extract(month FROM d)::smallint,
       to_char(d, 'TMMonth'),
       extract(week FROM d)::smallint,
       extract(isodow FROM d) IN (6, 7)
  FROM generate_series(DATE '2015-01-01', DATE '2030-12-31', interval '1 day') AS g(d)
ON CONFLICT (date_key) DO NOTHING;

CREATE TABLE IF NOT EXISTS dwh.dim_customer (
    customer_key  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id   integer NOT NULL,
    display_name  text,
    country       char(2),
    valid         tstzrange NOT NULL DEFAULT tstzrange(now(), NULL),
    is_current    boolean GENERATED ALWAYS AS (upper_inf(valid)) STORED,
    EXCLUDE USING gist (customer_id WITH =, valid WITH &&)
);

CREATE TABLE IF NOT EXISTS dwh.fact_sales (
    date_key      integer NOT NULL REFERENCES dwh.dim_date,
    customer_key  bigint  NOT NULL REFERENCES dwh.dim_customer,
    order_id      bigint  NOT NULL,
    line_no       smallint NOT NULL,
    quantity      integer NOT NULL,
    net_amount    numeric(14, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE INDEX IF NOT EXISTS fact_sales_date_key_idx ON dwh.fact_sales (date_key);
CREATE INDEX IF NOT EXISTS fact_sales_customer_key_idx ON dwh.fact_sales (customer_key);

CREATE OR REPLACE PROCEDURE dwh.load_sales(p_from date, p_to date)
LANGUAGE plpgsql
AS $load$
DECLARE
    v_rows bigint;
BEGIN
    -- Slowly changing dimension, type 2: close changed rows, insert new ones.
    WITH changed AS (
        SELECT dc.customer_key
          FROM dwh.dim_customer dc
          JOIN oms.customers c ON c.customer_id = dc.customer_id
         WHERE dc.is_current
           AND (dc.display_name, dc.country) IS DISTINCT FROM (c.display_name, (c.billing).country)
    )
    UPDATE dwh.dim_customer dc
       SET valid = tstzrange(lower(dc.valid), now())
      FROM changed
     WHERE dc.customer_key = changed.customer_key;

    INSERT INTO dwh.dim_customer (customer_id, display_name, country)
    SELECT c.customer_id, c.display_name, (c.billing).country
      FROM oms.customers c
     WHERE NOT EXISTS (SELECT 1 FROM dwh.dim_customer dc WHERE dc.customer_id = c.customer_id AND dc.is_current);

    INSERT INTO dwh.fact_sales (date_key, customer_key, order_id, line_no, quantity, net_amount)
    SELECT to_char(o.ordered_at, 'YYYYMMDD')::integer,
           dc.customer_key,
           ol.order_id,
           ol.line_no,
           ol.quantity,
           ol.quantity * ol.unit_price
      FROM oms.orders o
      JOIN oms.order_lines ol USING (order_id)
      JOIN dwh.dim_customer dc ON dc.customer_id = o.customer_id AND dc.is_current
     WHERE o.ordered_at >= p_from AND o.ordered_at < p_to + 1
    ON CONFLICT (order_id, line_no) DO UPDATE
       SET quantity = EXCLUDED.quantity,
           net_amount = EXCLUDED.net_amount;

    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RAISE NOTICE 'dwh.load_sales(%, %): % fact rows', p_from, p_to, v_rows;
END
$load$;

DROP VIEW IF EXISTS reports.v_sales_by_month;
DROP VIEW IF EXISTS reports.v_sales_by_customer CASCADE;

CREATE VIEW reports.v_sales_by_month AS
SELECT d.year, d.month, d.month_name,
       sum(f.net_amount) AS revenue,
       sum(f.net_amount) - lag(sum(f.net_amount)) OVER (ORDER BY d.year, d.month) AS delta,
       rank() OVER (PARTITION BY d.year ORDER BY sum(f.net_amount) DESC) AS rank_in_year
  FROM dwh.fact_sales f
  JOIN dwh.dim_date d USING (date_key)
 GROUP BY GROUPING SETS ((d.year, d.month, d.month_name), (d.year), ());

GRANT USAGE ON SCHEMA dwh TO oms_readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA dwh TO oms_readonly;

COMMIT;

CALL dwh.load_sales(DATE '2024-01-01', current_date);
