WITH X AS (
    SELECT us.user_id,
           COALESCE(MIN(t.updated_at), now()) AS min_date
      FROM user_stats us
      LEFT JOIN topic_users tu ON tu.user_id = us.user_id
      LEFT JOIN topics t ON t.id = tu.topic_id
                        AND t.archetype = 'regular'
                        AND t.deleted_at IS NULL
                        AND tu.last_read_post_number < t.highest_post_number
     GROUP BY us.user_id
)
UPDATE user_stats
   SET first_unread_at = X.min_date
  FROM X
 WHERE X.user_id = user_stats.user_id
   AND X.min_date IS DISTINCT FROM user_stats.first_unread_at;
