BEGIN;

-- Running upgrade 0d9e6b1c2f88 -> 7e4f2a0b9c13

ALTER TABLE items ALTER COLUMN price TYPE NUMERIC(12, 4);

ALTER TABLE items ALTER COLUMN title TYPE TEXT;

ALTER TABLE items ALTER COLUMN description SET NOT NULL;

ALTER TABLE users ALTER COLUMN created_at TYPE TIMESTAMP WITHOUT TIME ZONE USING created_at AT TIME ZONE 'UTC';

ALTER TABLE items RENAME COLUMN extra TO attributes;

UPDATE alembic_version SET version_num='7e4f2a0b9c13' WHERE alembic_version.version_num = '0d9e6b1c2f88';

COMMIT;

