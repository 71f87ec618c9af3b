BEGIN;

-- Running upgrade f0e9d8c7b6a5 -> 2c3d4e5f6a7b

CREATE TABLE audit_log (
    id BIGSERIAL NOT NULL, 
    table_name TEXT NOT NULL, 
    action VARCHAR(6) NOT NULL, 
    old_row JSONB, 
    new_row JSONB, 
    at TIMESTAMP WITH TIME ZONE DEFAULT clock_timestamp() NOT NULL, 
    PRIMARY KEY (id)
);

CREATE FUNCTION log_change() RETURNS trigger AS $body$
    BEGIN
        INSERT INTO audit_log (table_name, action, old_row, new_row)
        VALUES (TG_TABLE_NAME, TG_OP,
                CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN row_to_json(OLD)::jsonb END,
                CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN row_to_json(NEW)::jsonb END);
        RETURN COALESCE(NEW, OLD);
    END;
    $body$ LANGUAGE plpgsql;

CREATE TRIGGER items_audit AFTER INSERT OR UPDATE OR DELETE ON items FOR EACH ROW EXECUTE FUNCTION log_change();

UPDATE alembic_version SET version_num='2c3d4e5f6a7b' WHERE alembic_version.version_num = 'f0e9d8c7b6a5';

COMMIT;

