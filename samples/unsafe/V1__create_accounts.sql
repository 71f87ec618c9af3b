-- Baseline of the unsafe sample history: the tables the later migrations change.
-- No hazard here: the indexes are built on tables created by this same migration.
CREATE TABLE accounts (
    id               serial PRIMARY KEY,
    email            varchar(255) NOT NULL,
    name             text,
    legacy_plan_code text,
    created_at       timestamp NOT NULL DEFAULT now()
);

CREATE TABLE login_events (
    id         serial PRIMARY KEY,
    account_id integer NOT NULL,
    ip_address text,
    created_at timestamp NOT NULL DEFAULT now()
);

CREATE INDEX login_events_account_id_idx ON login_events (account_id);

CREATE TABLE remember_me_tokens (
    token      text PRIMARY KEY,
    account_id integer NOT NULL,
    created_at timestamp NOT NULL DEFAULT now()
);
