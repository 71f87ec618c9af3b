DROP TRIGGER IF EXISTS trigger_080e73845bfd ON notes;
DROP FUNCTION IF EXISTS trigger_080e73845bfd();
-- UNSAFE in general (drop column), fine here: ignore_column was released two milestones ago.
ALTER TABLE notes DROP COLUMN IF EXISTS id_convert_to_bigint;
