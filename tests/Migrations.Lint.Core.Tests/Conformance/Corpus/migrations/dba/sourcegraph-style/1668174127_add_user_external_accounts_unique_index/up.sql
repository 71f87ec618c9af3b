-- Remove duplicates first; keep the oldest account per (service, account id).
DELETE FROM user_external_accounts a
USING user_external_accounts b
WHERE a.service_type = b.service_type
  AND a.service_id = b.service_id
  AND a.client_id = b.client_id
  AND a.account_id = b.account_id
  AND a.deleted_at IS NULL
  AND b.deleted_at IS NULL
  AND a.id > b.id;

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS user_external_accounts_account
    ON user_external_accounts (service_type, service_id, client_id, account_id)
    WHERE deleted_at IS NULL;
