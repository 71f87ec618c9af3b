CREATE OR REPLACE FUNCTION shipping_cost(weight_g integer, country text, express boolean DEFAULT false)
RETURNS numeric
LANGUAGE sql
IMMUTABLE
BEGIN ATOMIC
    SELECT round(
             CASE
                 WHEN country IN ('DE', 'AT', 'CH') THEN
                     CASE WHEN weight_g <= 1000 THEN 4.99
                          WHEN weight_g <= 5000 THEN 6.99
                          ELSE 14.99
                     END
                 WHEN country = ANY (ARRAY['FR', 'NL', 'BE', 'LU']) THEN
                     CASE WHEN weight_g <= 2000 THEN 9.90 ELSE 19.90 END
                 ELSE 29.00 + (weight_g / 1000) * 2.5
             END
             * CASE WHEN express THEN 1.8 ELSE 1.0 END,
             2);
END;

CREATE OR REPLACE FUNCTION customer_segment(p_customer_id bigint)
RETURNS text
LANGUAGE sql
STABLE
BEGIN ATOMIC
    WITH stats AS (
        SELECT count(*) AS orders, COALESCE(sum(total_cents), 0) AS spent
          FROM orders
         WHERE customer_id = p_customer_id
           AND status >= 2
    )
    SELECT CASE
               WHEN orders = 0 THEN 'prospect'
               WHEN spent > 100000 THEN 'vip'
               WHEN orders > 5 THEN 'loyal'
               ELSE 'regular'
           END
      FROM stats;
END;
