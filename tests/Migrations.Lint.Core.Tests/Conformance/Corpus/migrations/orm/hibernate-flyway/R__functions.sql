CREATE OR REPLACE FUNCTION order_total(p_order_id bigint)
RETURNS numeric
LANGUAGE sql
STABLE
AS $$
    SELECT coalesce(sum(quantity * unit_price), 0)
      FROM order_line
     WHERE order_id = p_order_id
$$;

CREATE OR REPLACE FUNCTION refresh_order_total() RETURNS trigger
LANGUAGE plpgsql
AS $fn$
BEGIN
    UPDATE orders
       SET total = order_total(COALESCE(NEW.order_id, OLD.order_id))
     WHERE id = COALESCE(NEW.order_id, OLD.order_id);
    RETURN NULL;
END
$fn$;

DROP TRIGGER IF EXISTS trg_order_line_total ON order_line;
CREATE TRIGGER trg_order_line_total
    AFTER INSERT OR UPDATE OF quantity, unit_price OR DELETE ON order_line
    FOR EACH ROW EXECUTE FUNCTION refresh_order_total();
