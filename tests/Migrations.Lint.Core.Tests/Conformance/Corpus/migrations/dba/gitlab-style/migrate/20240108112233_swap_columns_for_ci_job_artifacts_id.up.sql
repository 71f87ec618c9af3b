-- Swap the int4 id column with the bigint copy that was backfilled by the
-- background migration. Everything happens in one short transaction so the
-- table is never visible with a half-swapped schema.
BEGIN;

SET LOCAL lock_timeout = '1s';
SET LOCAL statement_timeout = '30s';

LOCK TABLE ci_job_artifacts IN ACCESS EXCLUSIVE MODE;

ALTER TABLE ci_job_artifacts RENAME COLUMN id TO id_tmp;
ALTER TABLE ci_job_artifacts RENAME COLUMN id_convert_to_bigint TO id;
ALTER TABLE ci_job_artifacts RENAME COLUMN id_tmp TO id_convert_to_bigint;

ALTER SEQUENCE ci_job_artifacts_id_seq OWNED BY ci_job_artifacts.id;
ALTER TABLE ci_job_artifacts ALTER COLUMN id SET DEFAULT nextval('ci_job_artifacts_id_seq'::regclass);
ALTER TABLE ci_job_artifacts ALTER COLUMN id_convert_to_bigint SET DEFAULT 0;

-- The PK index on the bigint column was built concurrently beforehand.
ALTER TABLE ci_job_artifacts DROP CONSTRAINT ci_job_artifacts_pkey;
ALTER TABLE ci_job_artifacts
    ADD CONSTRAINT ci_job_artifacts_pkey PRIMARY KEY USING INDEX index_ci_job_artifacts_on_id_convert_to_bigint;

-- Keep the sync trigger pointed at the right columns.
CREATE OR REPLACE FUNCTION trigger_be1804f21693() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW."id_convert_to_bigint" := NEW."id";
  RETURN NEW;
END;
$$;

COMMIT;
