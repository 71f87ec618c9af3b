DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['repo_kvps', 'gitserver_repos', 'lsif_uploads', 'changesets', 'search_context_repos']
    LOOP
        EXECUTE 'ALTER TABLE ' || quote_ident(t) || ' DROP COLUMN IF EXISTS tenant_id';
    END LOOP;
END;
$$;
