DO LANGUAGE plpgsql $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reporting_ro') THEN
        CREATE ROLE reporting_ro NOLOGIN;
    END IF;
END
$$;

DO $do$
DECLARE
    s text;
BEGIN
    FOREACH s IN ARRAY ARRAY['billing', 'reporting', 'inventory'] LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO reporting_ro', s);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO reporting_ro', s);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO reporting_ro', s);
    END LOOP;
END
$do$ LANGUAGE plpgsql;

-- Body contains a literal "$$" inside a differently-tagged dollar quote.
DO $x$
BEGIN
    RAISE NOTICE 'dollar-quoted bodies look like $$ ... $$ in most codebases';
    PERFORM set_config('app.migrated_by', 'flyway', true);
END
$x$;
