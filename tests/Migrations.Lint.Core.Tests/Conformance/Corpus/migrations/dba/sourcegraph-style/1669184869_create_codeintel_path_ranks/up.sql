CREATE TABLE IF NOT EXISTS codeintel_path_ranks (
    repository_id integer NOT NULL,
    payload       jsonb   NOT NULL,
    updated_at    timestamp with time zone NOT NULL DEFAULT now(),
    graph_key     text    NOT NULL,
    num_paths     integer,
    refcount_logsum double precision,
    id            bigserial,
    UNIQUE (graph_key, repository_id)
);

CREATE INDEX IF NOT EXISTS codeintel_path_ranks_graph_key ON codeintel_path_ranks (graph_key, updated_at NULLS FIRST, id);
CREATE INDEX IF NOT EXISTS codeintel_path_ranks_repository_id_updated_at_id
    ON codeintel_path_ranks USING btree (repository_id, updated_at NULLS FIRST, id);

CREATE OR REPLACE FUNCTION update_codeintel_path_ranks_updated_at_column() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF ROW(NEW.*) IS DISTINCT FROM ROW(OLD.*) THEN
        NEW.updated_at = NOW();
        RETURN NEW;
    ELSE
        RETURN OLD;
    END IF;
END;
$$;

DROP TRIGGER IF EXISTS update_codeintel_path_ranks_updated_at ON codeintel_path_ranks;
CREATE TRIGGER update_codeintel_path_ranks_updated_at
    BEFORE UPDATE ON codeintel_path_ranks
    FOR EACH ROW EXECUTE PROCEDURE update_codeintel_path_ranks_updated_at_column();
