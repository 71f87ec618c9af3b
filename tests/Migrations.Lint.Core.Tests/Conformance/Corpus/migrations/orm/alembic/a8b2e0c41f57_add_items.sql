BEGIN;

-- Running upgrade 3f1a9c2b7d4e -> a8b2e0c41f57

CREATE TYPE itemstatus AS ENUM ('DRAFT', 'ACTIVE', 'ARCHIVED');

CREATE TABLE items (
    id SERIAL NOT NULL, 
    title VARCHAR(200) NOT NULL, 
    description TEXT, 
    status itemstatus NOT NULL, 
    owner_id INTEGER NOT NULL, 
    price NUMERIC(10, 2), 
    extra JSONB DEFAULT '{}'::jsonb NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_items_owner_id ON items (owner_id);

CREATE INDEX ix_items_title ON items (title);

UPDATE alembic_version SET version_num='a8b2e0c41f57' WHERE alembic_version.version_num = '3f1a9c2b7d4e';

COMMIT;

