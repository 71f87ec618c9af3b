BEGIN;

-- Running upgrade c5d7f3a9e012 -> 0d9e6b1c2f88

ALTER TABLE users ADD COLUMN full_name VARCHAR(120);

ALTER TABLE users ADD COLUMN organization_id UUID NOT NULL;

ALTER TABLE users ADD CONSTRAINT fk_users_organization_id_organizations FOREIGN KEY(organization_id) REFERENCES organizations (id);

UPDATE alembic_version SET version_num='0d9e6b1c2f88' WHERE alembic_version.version_num = 'c5d7f3a9e012';

COMMIT;

