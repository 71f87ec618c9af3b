CREATE TABLE IF NOT EXISTS codeintel_ranking_exports (
    upload_id integer,
    graph_key text NOT NULL,
    locked_at timestamp with time zone NOT NULL DEFAULT NOW(),
    id SERIAL PRIMARY KEY,
    object_prefix text,
    deleted_at timestamp with time zone
);

CREATE UNIQUE INDEX IF NOT EXISTS codeintel_ranking_exports_graph_key_upload_id ON codeintel_ranking_exports(graph_key, upload_id);

ALTER TABLE codeintel_ranking_exports DROP CONSTRAINT IF EXISTS codeintel_ranking_exports_upload_id_fkey;
ALTER TABLE codeintel_ranking_exports ADD CONSTRAINT codeintel_ranking_exports_upload_id_fkey
    FOREIGN KEY (upload_id) REFERENCES lsif_uploads(id) ON DELETE SET NULL;

COMMENT ON COLUMN codeintel_ranking_exports.object_prefix IS 'The GCS object prefix under which the exported ranking data is written.';
