DELETE FROM post_timings pt
 WHERE EXISTS (
        SELECT 1
          FROM post_timings pt2
         WHERE pt2.topic_id = pt.topic_id
           AND pt2.post_number = pt.post_number
           AND pt2.user_id = pt.user_id
           AND pt2.ctid < pt.ctid
       );

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS post_timings_unique ON post_timings (topic_id, post_number, user_id);
