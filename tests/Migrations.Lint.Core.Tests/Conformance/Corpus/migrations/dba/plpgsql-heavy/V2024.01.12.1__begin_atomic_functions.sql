-- SQL-standard function bodies (PG14+): parsed at creation time, dependencies
-- tracked, no string quoting. Note the CASE ... END inside the body.
CREATE OR REPLACE FUNCTION order_status_label(status smallint)
RETURNS text
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE status
               WHEN 0 THEN 'draft'
               WHEN 1 THEN 'placed'
               WHEN 2 THEN 'paid'
               WHEN 3 THEN 'shipped'
               ELSE 'unknown'
           END;
END;

CREATE FUNCTION order_total_cents(p_order_id bigint)
RETURNS bigint
LANGUAGE sql
STABLE
BEGIN ATOMIC
    SELECT COALESCE(sum(quantity * unit_price_cents), 0)
      FROM order_items
     WHERE order_id = p_order_id;
END;

CREATE FUNCTION tax_bracket(income numeric) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN income < 11000 THEN 'zero'
                WHEN income < 60000 THEN 'low'
                WHEN income < 250000 THEN 'mid'
                ELSE 'top' END;

CREATE PROCEDURE archive_order(p_order_id bigint)
LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO orders_archive SELECT * FROM orders WHERE id = p_order_id;
    DELETE FROM order_items WHERE order_id = p_order_id;
    DELETE FROM orders WHERE id = p_order_id;
END;

CALL archive_order(42);
