CREATE OR REPLACE FUNCTION inventory.refresh_stock_totals() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- Statement-level trigger with transition tables: one pass per statement.
    INSERT INTO inventory.stock_totals (sku, qty)
    SELECT sku, sum(delta)
      FROM (
            SELECT sku, qty AS delta FROM new_rows
            UNION ALL
            SELECT sku, -qty FROM old_rows
           ) d
     GROUP BY sku
    ON CONFLICT (sku) DO UPDATE SET qty = inventory.stock_totals.qty + EXCLUDED.qty;
    RETURN NULL;
END;
$$;

CREATE TRIGGER stock_moves_totals
    AFTER UPDATE ON inventory.stock_moves
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION inventory.refresh_stock_totals();

CREATE OR REPLACE FUNCTION inventory.forbid_negative() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING
        ERRCODE = 'check_violation',
        MESSAGE = format('stock for %s would become negative (%s)', NEW.sku, NEW.qty),
        TABLE = TG_TABLE_NAME,
        COLUMN = 'qty';
END;
$$;

CREATE TRIGGER stock_totals_non_negative
    BEFORE UPDATE OF qty ON inventory.stock_totals
    FOR EACH ROW
    WHEN (NEW.qty < 0 AND OLD.qty IS DISTINCT FROM NEW.qty)
    EXECUTE FUNCTION inventory.forbid_negative();

CREATE CONSTRAINT TRIGGER stock_moves_deferred_check
    AFTER INSERT OR UPDATE ON inventory.stock_moves
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION inventory.check_move_balance();

ALTER TABLE inventory.stock_moves DISABLE TRIGGER stock_moves_totals;
ALTER TABLE inventory.stock_moves ENABLE REPLICA TRIGGER stock_moves_totals;
ALTER TRIGGER stock_moves_totals ON inventory.stock_moves RENAME TO stock_moves_totals_stmt;
