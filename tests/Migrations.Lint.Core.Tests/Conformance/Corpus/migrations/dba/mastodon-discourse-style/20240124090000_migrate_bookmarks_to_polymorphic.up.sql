ALTER TABLE bookmarks ADD COLUMN IF NOT EXISTS bookmarkable_id integer;
ALTER TABLE bookmarks ADD COLUMN IF NOT EXISTS bookmarkable_type character varying;

UPDATE bookmarks
   SET bookmarkable_id = post_id,
       bookmarkable_type = 'Post'
 WHERE bookmarkable_id IS NULL
   AND post_id IS NOT NULL;

-- Topic-level bookmarks were modelled as bookmarks on the first post.
UPDATE bookmarks b
   SET bookmarkable_id = p.topic_id,
       bookmarkable_type = 'Topic'
  FROM posts p
 WHERE p.id = b.post_id
   AND p.post_number = 1
   AND b.for_topic;

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_bookmarks_user_polymorphic_unique
    ON bookmarks (user_id, bookmarkable_type, bookmarkable_id);
