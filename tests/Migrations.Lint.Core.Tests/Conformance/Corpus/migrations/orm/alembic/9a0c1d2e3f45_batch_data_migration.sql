BEGIN;

-- Running upgrade 7e4f2a0b9c13 -> 9a0c1d2e3f45

UPDATE users SET full_name=split_part(users.email, '@', 1) WHERE users.full_name IS NULL;

INSERT INTO organizations (name, slug) SELECT DISTINCT 'Personal workspace of ' || users.email, 'u-' || users.id::text FROM users ON CONFLICT (slug) DO NOTHING;

DELETE FROM items WHERE items.status = 'ARCHIVED' AND items.owner_id NOT IN (SELECT users.id FROM users WHERE users.is_active);

UPDATE alembic_version SET version_num='9a0c1d2e3f45' WHERE alembic_version.version_num = '7e4f2a0b9c13';

COMMIT;

