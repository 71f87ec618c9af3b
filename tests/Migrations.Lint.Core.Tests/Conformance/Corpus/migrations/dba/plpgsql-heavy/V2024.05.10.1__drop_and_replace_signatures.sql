-- Changing a return type needs DROP + CREATE; OR REPLACE is not enough.
DROP FUNCTION IF EXISTS reporting.rebuild_rollups(integer[]);
DROP FUNCTION IF EXISTS search.find_rows(regclass, jsonb, integer, VARIADIC text[]) CASCADE;
DROP PROCEDURE IF EXISTS maintenance.purge_old_events(interval, integer, bigint);
DROP AGGREGATE IF EXISTS util.product(numeric);
DROP ROUTINE IF EXISTS legacy.greeting(text), legacy.is_weekend(date);

CREATE FUNCTION reporting.rebuild_rollups(p_days integer[], p_dry_run boolean DEFAULT false)
RETURNS SETOF reporting.daily_rollups
LANGUAGE plpgsql
AS $$
BEGIN
    IF p_dry_run THEN
        RETURN QUERY SELECT * FROM reporting.daily_rollups WHERE day = ANY (SELECT current_date - x FROM unnest(p_days) x);
        RETURN;
    END IF;
    RETURN QUERY
        INSERT INTO reporting.daily_rollups (day, account_id, events)
        SELECT current_date - d, e.account_id, count(*)
          FROM unnest(p_days) AS d
          JOIN events e ON e.created_at::date = current_date - d
         GROUP BY 1, 2
        ON CONFLICT (day, account_id) DO UPDATE SET events = EXCLUDED.events
        RETURNING *;
END
$$;
