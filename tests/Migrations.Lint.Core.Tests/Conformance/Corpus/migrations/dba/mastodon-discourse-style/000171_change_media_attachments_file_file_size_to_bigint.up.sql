-- UNSAFE: integer -> bigint rewrites the table and all its indexes.
ALTER TABLE media_attachments ALTER COLUMN file_file_size TYPE bigint;
ALTER TABLE media_attachments ALTER COLUMN thumbnail_file_size TYPE bigint USING thumbnail_file_size::bigint;
ALTER TABLE preview_cards ALTER COLUMN image_file_size TYPE bigint;
