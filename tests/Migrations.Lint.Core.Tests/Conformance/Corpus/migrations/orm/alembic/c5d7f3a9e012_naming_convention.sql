BEGIN;

-- Running upgrade a8b2e0c41f57 -> c5d7f3a9e012

CREATE TABLE organizations (
    id UUID DEFAULT gen_random_uuid() NOT NULL, 
    name VARCHAR(120) NOT NULL, 
    slug VARCHAR(64) NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL, 
    CONSTRAINT pk_organizations PRIMARY KEY (id), 
    CONSTRAINT uq_organizations_slug UNIQUE (slug), 
    CONSTRAINT ck_organizations_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$')
);

CREATE TABLE memberships (
    user_id INTEGER NOT NULL, 
    organization_id UUID NOT NULL, 
    role VARCHAR(20) DEFAULT 'member' NOT NULL, 
    CONSTRAINT pk_memberships PRIMARY KEY (user_id, organization_id), 
    CONSTRAINT fk_memberships_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
    CONSTRAINT fk_memberships_organization_id_organizations FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE INDEX ix_memberships_organization_id ON memberships (organization_id);

UPDATE alembic_version SET version_num='c5d7f3a9e012' WHERE alembic_version.version_num = 'a8b2e0c41f57';

COMMIT;

