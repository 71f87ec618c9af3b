-- Move topics from synonym tags to the target tag, without creating duplicates.
INSERT INTO topic_tags (topic_id, tag_id, created_at, updated_at)
SELECT tt.topic_id, s.target_tag_id, now(), now()
  FROM topic_tags tt
  JOIN tags s ON s.id = tt.tag_id AND s.target_tag_id IS NOT NULL
ON CONFLICT (topic_id, tag_id) DO NOTHING;

DELETE FROM topic_tags tt
 USING tags s
 WHERE s.id = tt.tag_id
   AND s.target_tag_id IS NOT NULL;

UPDATE tags t
   SET topic_count = c.cnt
  FROM (SELECT tag_id, count(*) AS cnt FROM topic_tags GROUP BY tag_id) c
 WHERE c.tag_id = t.id;

MERGE INTO tag_search_data d
USING (SELECT id, name FROM tags WHERE target_tag_id IS NULL) t
   ON d.tag_id = t.id
 WHEN MATCHED THEN
   UPDATE SET raw_data = t.name, version = d.version + 1
 WHEN NOT MATCHED THEN
   INSERT (tag_id, raw_data, version) VALUES (t.id, t.name, 1);
