DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'lsif_upload_state') THEN
        CREATE TYPE lsif_upload_state AS ENUM ('uploading', 'queued', 'processing', 'completed', 'errored', 'deleting', 'deleted');
    END IF;
END $$;

-- Views depending on the column have to go first, or the type change fails.
DROP VIEW IF EXISTS lsif_uploads_with_repository_name;

-- UNSAFE: rewrites the table under an ACCESS EXCLUSIVE lock.
ALTER TABLE lsif_uploads
    ALTER COLUMN state DROP DEFAULT,
    ALTER COLUMN state TYPE lsif_upload_state USING state::lsif_upload_state,
    ALTER COLUMN state SET DEFAULT 'queued';

CREATE VIEW lsif_uploads_with_repository_name AS
 SELECT u.id,
    u.commit,
    u.root,
    u.queued_at,
    u.uploaded_at,
    u.state,
    u.failure_message,
    u.started_at,
    u.finished_at,
    u.repository_id,
    u.indexer,
    r.name AS repository_name
   FROM lsif_uploads u
     JOIN repo r ON r.id = u.repository_id
  WHERE r.deleted_at IS NULL;
