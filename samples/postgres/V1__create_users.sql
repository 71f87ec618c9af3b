-- Core user accounts. Every migration after this one changes a table that already
-- serves traffic, so from V1.1 on the zero-downtime rules in samples/README.md apply.

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TABLE users (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email                 text        NOT NULL,
    password_hash         text        NOT NULL,
    full_name             text        NOT NULL,
    failed_login_attempts integer     NOT NULL DEFAULT 0,
    locked_until          timestamptz,
    last_login_at         timestamptz,
    last_login_ip         inet,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_format CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    CONSTRAINT users_email_length CHECK (char_length(email) <= 320),
    CONSTRAINT users_failed_login_attempts_check CHECK (failed_login_attempts >= 0)
);

-- Plain CREATE INDEX is fine here: the table was created by this migration and is empty.
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE INDEX users_created_at_idx ON users (created_at);

CREATE TRIGGER users_set_updated_at
    BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE users IS 'User accounts for authentication and profile management';
COMMENT ON COLUMN users.password_hash IS 'Argon2id hash in PHC string format, never the password';
COMMENT ON COLUMN users.locked_until IS 'Set after too many failed logins; NULL when not locked';
