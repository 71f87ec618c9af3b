-- Procedures may COMMIT between batches (PG11+), unlike functions.
CREATE OR REPLACE PROCEDURE maintenance.purge_old_events(
    p_older_than interval DEFAULT interval '90 days',
    p_batch_size integer DEFAULT 10000,
    INOUT p_deleted bigint DEFAULT 0
)
LANGUAGE plpgsql
AS $procedure$
DECLARE
    v_rows integer;
    v_cutoff timestamptz := now() - p_older_than;
BEGIN
    <<batches>>
    LOOP
        DELETE FROM events
         WHERE ctid = ANY (ARRAY(
                 SELECT ctid FROM events
                  WHERE created_at < v_cutoff
                  LIMIT p_batch_size));
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        p_deleted := p_deleted + v_rows;
        COMMIT;
        EXIT batches WHEN v_rows < p_batch_size;
        PERFORM pg_sleep(0.05);
    END LOOP batches;

    RAISE NOTICE 'purged % rows older than %', p_deleted, v_cutoff;
END
$procedure$;

CALL maintenance.purge_old_events();
CALL maintenance.purge_old_events(interval '30 days', 5000, NULL);
