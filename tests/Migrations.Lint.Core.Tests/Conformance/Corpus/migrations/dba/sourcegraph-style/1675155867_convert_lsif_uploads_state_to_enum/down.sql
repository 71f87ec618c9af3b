DROP VIEW IF EXISTS lsif_uploads_with_repository_name;
ALTER TABLE lsif_uploads
    ALTER COLUMN state DROP DEFAULT,
    ALTER COLUMN state TYPE text USING state::text,
    ALTER COLUMN state SET DEFAULT 'queued';
DROP TYPE IF EXISTS lsif_upload_state;
