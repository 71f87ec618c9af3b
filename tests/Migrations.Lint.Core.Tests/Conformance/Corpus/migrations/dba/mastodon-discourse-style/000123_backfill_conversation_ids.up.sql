-- Give every reply the conversation of the status it replies to.
UPDATE statuses AS s
   SET conversation_id = parent.conversation_id
  FROM statuses AS parent
 WHERE s.in_reply_to_id = parent.id
   AND s.conversation_id IS NULL
   AND parent.conversation_id IS NOT NULL;

-- Remaining top-level statuses get a fresh conversation.
WITH orphans AS (
    SELECT id FROM statuses WHERE conversation_id IS NULL AND in_reply_to_id IS NULL
), created AS (
    INSERT INTO conversations (uri, created_at, updated_at)
    SELECT NULL, now(), now() FROM orphans
    RETURNING id
), paired AS (
    SELECT o.id AS status_id, c.id AS conversation_id
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM orphans) o
      JOIN (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM created) c USING (rn)
)
UPDATE statuses
   SET conversation_id = paired.conversation_id
  FROM paired
 WHERE statuses.id = paired.status_id;
