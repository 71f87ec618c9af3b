-- +goose Up
-- +goose StatementBegin
DO $migration$
DECLARE
    r record;
BEGIN
    -- Create a partition-maintenance helper once per schema.
    FOR r IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\_%' ESCAPE '\' LOOP
        EXECUTE format($f$
            CREATE OR REPLACE FUNCTION %I.purge_old_reviews(keep interval) RETURNS bigint
            LANGUAGE sql AS $body$
                WITH gone AS (
                    DELETE FROM %I.reviews WHERE created_at < now() - keep RETURNING 1
                )
                SELECT count(*) FROM gone
            $body$
        $f$, r.nspname, r.nspname);
    END LOOP;
END
$migration$;
-- +goose StatementEnd

-- +goose Down
SELECT 'O''Reilly-style quotes and a $not_a_tag inside a string' AS note;
