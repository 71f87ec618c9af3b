-- Emulates GitLab's with_lock_retries: try a short lock_timeout several times
-- with growing sleeps instead of queueing behind long transactions (which
-- would block every other query on the table behind us).
DO $retry$
DECLARE
  attempt integer := 0;
  timeouts text[] := ARRAY['100ms', '200ms', '500ms', '1s', '3s'];
BEGIN
  LOOP
    attempt := attempt + 1;
    BEGIN
      PERFORM set_config('lock_timeout', timeouts[attempt], true);
      EXECUTE 'ALTER TABLE ci_pipelines ADD COLUMN IF NOT EXISTS auto_canceled_by_partition_id bigint';
      EXECUTE 'ALTER TABLE ci_pipelines ALTER COLUMN auto_canceled_by_partition_id SET DEFAULT 100';
      RETURN;
    EXCEPTION
      WHEN lock_not_available THEN
        IF attempt >= array_length(timeouts, 1) THEN
          RAISE;
        END IF;
        RAISE NOTICE 'lock attempt % failed, retrying', attempt;
        PERFORM pg_sleep(attempt * 0.5);
    END;
  END LOOP;
END
$retry$;
