BEGIN;

-- Running upgrade e1f2a3b4c5d6 -> f0e9d8c7b6a5

CREATE TABLE credentials (
    id BIGSERIAL NOT NULL, 
    user_id INTEGER NOT NULL, 
    kind VARCHAR(16) NOT NULL, 
    secret BYTEA NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);

INSERT INTO credentials (user_id, kind, secret) SELECT users.id, 'password', convert_to(users.hashed_password, 'UTF8') FROM users;

ALTER TABLE users DROP COLUMN hashed_password;

UPDATE alembic_version SET version_num='f0e9d8c7b6a5' WHERE alembic_version.version_num = 'e1f2a3b4c5d6';

COMMIT;

