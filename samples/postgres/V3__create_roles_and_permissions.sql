-- Role-based access control, seeded with the roles every environment needs.
SET lock_timeout = '5s';

CREATE TABLE roles (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL,
    description text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT roles_name_key UNIQUE (name)
);

CREATE TABLE permissions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL,
    description text,
    CONSTRAINT permissions_code_key UNIQUE (code),
    CONSTRAINT permissions_code_format CHECK (code ~ '^[a-z_]+:[a-z_]+$')
);

CREATE TABLE role_permissions (
    role_id       bigint NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    permission_id bigint NOT NULL REFERENCES permissions (id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, permission_id)
);

CREATE INDEX role_permissions_permission_id_idx ON role_permissions (permission_id);

CREATE TABLE user_roles (
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id    bigint      NOT NULL REFERENCES roles (id) ON DELETE RESTRICT,
    granted_by bigint      REFERENCES users (id) ON DELETE SET NULL,
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, role_id)
);

CREATE INDEX user_roles_role_id_idx ON user_roles (role_id);

INSERT INTO roles (name, description) VALUES
    ('admin', 'Full administrative access'),
    ('support', 'Reads accounts and audit logs, unlocks users'),
    ('member', 'Default role of a registered user');

INSERT INTO permissions (code, description) VALUES
    ('users:read', 'View user accounts'),
    ('users:write', 'Edit and deactivate user accounts'),
    ('users:unlock', 'Clear a login lockout'),
    ('roles:assign', 'Grant and revoke roles'),
    ('audit_logs:read', 'View the audit trail');

INSERT INTO role_permissions (role_id, permission_id)
SELECT r.id, p.id
FROM roles AS r
JOIN permissions AS p
    ON r.name = 'admin'
    OR (r.name = 'support' AND p.code IN ('users:read', 'users:unlock', 'audit_logs:read'));
