CREATE TABLE IF NOT EXISTS admin.ddl_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now(),
    username    name NOT NULL DEFAULT current_user,
    command_tag text,
    object_type text,
    object_identity text,
    query       text
);

CREATE OR REPLACE FUNCTION admin.log_ddl() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        INSERT INTO admin.ddl_log (command_tag, object_type, object_identity, query)
        VALUES (r.command_tag, r.object_type, r.object_identity, current_query());
    END LOOP;
END;
$$;

CREATE OR REPLACE FUNCTION admin.log_drops() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE NOT is_temporary LOOP
        INSERT INTO admin.ddl_log (command_tag, object_type, object_identity, query)
        VALUES (tg_tag, r.object_type, r.object_identity, current_query());
    END LOOP;
END;
$$;

CREATE OR REPLACE FUNCTION admin.forbid_drop_in_prod() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('app.environment', true) = 'production'
       AND tg_tag IN ('DROP TABLE', 'DROP SCHEMA') THEN
        RAISE EXCEPTION 'command % is disabled in production', tg_tag;
    END IF;
END;
$$;

CREATE EVENT TRIGGER log_ddl_end ON ddl_command_end EXECUTE FUNCTION admin.log_ddl();
CREATE EVENT TRIGGER log_sql_drop ON sql_drop EXECUTE FUNCTION admin.log_drops();
CREATE EVENT TRIGGER forbid_drop ON ddl_command_start
    WHEN TAG IN ('DROP TABLE', 'DROP SCHEMA')
    EXECUTE PROCEDURE admin.forbid_drop_in_prod();

ALTER EVENT TRIGGER forbid_drop DISABLE;
ALTER EVENT TRIGGER forbid_drop ENABLE ALWAYS;
