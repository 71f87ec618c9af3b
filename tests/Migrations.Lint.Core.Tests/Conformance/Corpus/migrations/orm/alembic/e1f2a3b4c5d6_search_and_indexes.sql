BEGIN;

-- Running upgrade 5b6c7d8e9f01 -> e1f2a3b4c5d6

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX ix_items_title_trgm ON items USING gin (title gin_trgm_ops);

CREATE INDEX ix_users_email_lower ON users (lower(email));

CREATE UNIQUE INDEX uq_items_owner_title_active ON items (owner_id, title) WHERE status = 'ACTIVE';

CREATE INDEX ix_items_attributes ON items USING gin (attributes jsonb_path_ops);

UPDATE alembic_version SET version_num='e1f2a3b4c5d6' WHERE alembic_version.version_num = '5b6c7d8e9f01';

COMMIT;

