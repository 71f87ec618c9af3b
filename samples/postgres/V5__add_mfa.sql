-- Multi-factor authentication: TOTP and WebAuthn factors plus one-time recovery codes.
SET lock_timeout = '5s';

-- Take the strongest lock on users first; the foreign keys below then need no lock upgrade.
-- The constant DEFAULT makes this a catalog-only change (PostgreSQL 11+).
ALTER TABLE users ADD COLUMN mfa_enforced boolean NOT NULL DEFAULT false;

CREATE TABLE user_mfa_factors (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id             bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    factor_type         text        NOT NULL,
    label               text,
    secret_ciphertext   bytea,
    webauthn_credential jsonb,
    confirmed_at        timestamptz,
    last_used_at        timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_mfa_factors_factor_type_check CHECK (factor_type IN ('totp', 'webauthn')),
    CONSTRAINT user_mfa_factors_material_check CHECK (
        (factor_type = 'totp' AND secret_ciphertext IS NOT NULL AND webauthn_credential IS NULL)
        OR (factor_type = 'webauthn' AND webauthn_credential IS NOT NULL AND secret_ciphertext IS NULL))
);

CREATE INDEX user_mfa_factors_user_id_idx ON user_mfa_factors (user_id);

CREATE TABLE mfa_recovery_codes (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  bytea       NOT NULL,
    used_at    timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mfa_recovery_codes_user_id_code_hash_key UNIQUE (user_id, code_hash)
);

COMMENT ON COLUMN user_mfa_factors.secret_ciphertext IS 'TOTP seed, envelope-encrypted by the application';
