CREATE OR REPLACE FUNCTION reporting.rebuild_rollups(p_days integer[])
RETURNS TABLE (day date, rows_written bigint)
LANGUAGE plpgsql
VOLATILE
AS $$
DECLARE
    d        integer;
    cur      refcursor;
    rec      record;
    written  bigint;
    matrix   integer[] := ARRAY[[1, 2], [3, 4]];
    pair     integer[];
BEGIN
    FOREACH d IN ARRAY p_days LOOP
        CONTINUE WHEN d IS NULL OR d < 0;
        day := current_date - d;
        written := 0;

        OPEN cur FOR EXECUTE
            'SELECT account_id, count(*) AS n FROM events WHERE created_at >= $1 AND created_at < $1 + 1 GROUP BY account_id'
            USING day;
        LOOP
            FETCH cur INTO rec;
            EXIT WHEN NOT FOUND;
            INSERT INTO reporting.daily_rollups (day, account_id, events)
            VALUES (day, rec.account_id, rec.n)
            ON CONFLICT (day, account_id) DO UPDATE SET events = EXCLUDED.events;
            written := written + 1;
        END LOOP;
        CLOSE cur;

        rows_written := written;
        RETURN NEXT;
    END LOOP;

    -- SLICE iterates sub-arrays; only here to keep the matrix sanity check.
    FOREACH pair SLICE 1 IN ARRAY matrix LOOP
        ASSERT array_length(pair, 1) = 2, 'matrix rows must have two elements';
    END LOOP;
END;
$$;
