-- Refresh tokens and API keys. Only a SHA-256 hash of each token is stored.
-- The foreign key takes a SHARE ROW EXCLUSIVE lock on users: give up quickly rather than
-- queue behind a long transaction and block every writer queued behind us.
SET lock_timeout = '5s';

CREATE TABLE authentication_tokens (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id        bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash     bytea       NOT NULL,
    token_type     text        NOT NULL DEFAULT 'refresh',
    device_info    jsonb,
    ip_address     inet,
    user_agent     text,
    expires_at     timestamptz NOT NULL,
    last_used_at   timestamptz,
    revoked_at     timestamptz,
    revoked_reason text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT authentication_tokens_token_hash_key UNIQUE (token_hash),
    CONSTRAINT authentication_tokens_token_type_check CHECK (token_type IN ('refresh', 'api_key')),
    CONSTRAINT authentication_tokens_revocation_check CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL)),
    CONSTRAINT authentication_tokens_revoked_reason_check
        CHECK (revoked_reason IN ('logout', 'rotated', 'admin_revoke', 'compromised'))
);

CREATE INDEX authentication_tokens_user_id_idx
    ON authentication_tokens (user_id) WHERE revoked_at IS NULL;
CREATE INDEX authentication_tokens_expires_at_idx
    ON authentication_tokens (expires_at) WHERE revoked_at IS NULL;

COMMENT ON COLUMN authentication_tokens.token_hash IS 'SHA-256 of the token handed to the client';
COMMENT ON COLUMN authentication_tokens.device_info IS 'Client-reported device fingerprint';
