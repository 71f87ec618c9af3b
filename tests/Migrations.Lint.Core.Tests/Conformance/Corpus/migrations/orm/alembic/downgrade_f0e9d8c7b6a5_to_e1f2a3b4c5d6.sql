BEGIN;

-- Running downgrade f0e9d8c7b6a5 -> e1f2a3b4c5d6

ALTER TABLE users ADD COLUMN hashed_password VARCHAR(255) NOT NULL;

DROP TABLE credentials;

UPDATE alembic_version SET version_num='e1f2a3b4c5d6' WHERE alembic_version.version_num = 'f0e9d8c7b6a5';

-- Running downgrade e1f2a3b4c5d6 -> 5b6c7d8e9f01

DROP INDEX ix_items_attributes;

DROP INDEX uq_items_owner_title_active;

DROP INDEX ix_users_email_lower;

DROP INDEX ix_items_title_trgm;

UPDATE alembic_version SET version_num='5b6c7d8e9f01' WHERE alembic_version.version_num = 'e1f2a3b4c5d6';

COMMIT;

