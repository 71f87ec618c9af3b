-- Recompute counters from scratch and upsert them.
INSERT INTO account_stats (account_id, statuses_count, following_count, followers_count, created_at, updated_at, last_status_at)
SELECT a.id,
       COALESCE(s.cnt, 0),
       COALESCE(fo.cnt, 0),
       COALESCE(fr.cnt, 0),
       now(),
       now(),
       s.last_at
  FROM accounts a
  LEFT JOIN (SELECT account_id, count(*) AS cnt, max(created_at) AS last_at
               FROM statuses WHERE deleted_at IS NULL GROUP BY account_id) s ON s.account_id = a.id
  LEFT JOIN (SELECT account_id, count(*) AS cnt FROM follows GROUP BY account_id) fo ON fo.account_id = a.id
  LEFT JOIN (SELECT target_account_id, count(*) AS cnt FROM follows GROUP BY target_account_id) fr ON fr.target_account_id = a.id
 WHERE a.domain IS NULL
ON CONFLICT (account_id) DO UPDATE
   SET statuses_count  = EXCLUDED.statuses_count,
       following_count = EXCLUDED.following_count,
       followers_count = EXCLUDED.followers_count,
       last_status_at  = GREATEST(account_stats.last_status_at, EXCLUDED.last_status_at),
       updated_at      = now()
 WHERE account_stats.statuses_count IS DISTINCT FROM EXCLUDED.statuses_count
    OR account_stats.followers_count IS DISTINCT FROM EXCLUDED.followers_count;
