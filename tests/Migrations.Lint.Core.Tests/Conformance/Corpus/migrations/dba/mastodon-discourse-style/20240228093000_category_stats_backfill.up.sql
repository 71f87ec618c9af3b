UPDATE categories c
   SET topic_count = x.topic_count,
       post_count = x.post_count,
       latest_topic_id = x.latest_topic_id
  FROM (
        SELECT t.category_id,
               count(*) FILTER (WHERE t.visible) AS topic_count,
               sum(t.posts_count)::integer        AS post_count,
               (array_agg(t.id ORDER BY t.bumped_at DESC))[1] AS latest_topic_id
          FROM topics t
         WHERE t.deleted_at IS NULL
           AND t.archetype <> 'private_message'
         GROUP BY t.category_id
       ) x
 WHERE x.category_id = c.id;

-- UNSAFE: forgot the WHERE; resets every category's description cache.
UPDATE categories SET description_excerpt = NULL;
