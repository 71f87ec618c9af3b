-- Loop over every table in the public schema that has a repo_id column and
-- add a tenant_id column with a default. Dynamic SQL keeps the migration short.
DO $migration$
DECLARE
    tbl record;
BEGIN
    FOR tbl IN
        SELECT c.table_name
          FROM information_schema.columns c
         WHERE c.table_schema = 'public'
           AND c.column_name = 'repo_id'
         ORDER BY c.table_name
    LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN IF NOT EXISTS tenant_id integer DEFAULT 1', tbl.table_name);
        EXECUTE format('COMMENT ON COLUMN %I.tenant_id IS %L', tbl.table_name, 'Owning tenant; 1 for single-tenant instances.');
        RAISE NOTICE 'added tenant_id to %', tbl.table_name;
    END LOOP;
END
$migration$;
