-- Accounts were unique on (username, domain) but not case-insensitively.
-- Merge duplicates onto the oldest account, then add the functional index.
CREATE TEMPORARY TABLE duplicate_accounts ON COMMIT DROP AS
SELECT a.id AS duplicate_id, keep.id AS keep_id
  FROM accounts a
  JOIN LATERAL (
        SELECT b.id
          FROM accounts b
         WHERE lower(b.username) = lower(a.username)
           AND lower(COALESCE(b.domain, '')) = lower(COALESCE(a.domain, ''))
         ORDER BY b.id
         LIMIT 1
       ) keep ON keep.id <> a.id;

UPDATE follows f
   SET account_id = d.keep_id
  FROM duplicate_accounts d
 WHERE f.account_id = d.duplicate_id
   AND NOT EXISTS (SELECT 1 FROM follows f2 WHERE f2.account_id = d.keep_id AND f2.target_account_id = f.target_account_id);

DELETE FROM follows f
 USING duplicate_accounts d
 WHERE f.account_id = d.duplicate_id;

DELETE FROM accounts a
 USING duplicate_accounts d
 WHERE a.id = d.duplicate_id
RETURNING a.id, a.username, a.domain;

CREATE UNIQUE INDEX index_accounts_on_username_and_domain_lower
    ON accounts USING btree (lower((username)::text), COALESCE(lower((domain)::text), ''::text));
