DROP TABLE IF EXISTS audit_events_part CASCADE;
