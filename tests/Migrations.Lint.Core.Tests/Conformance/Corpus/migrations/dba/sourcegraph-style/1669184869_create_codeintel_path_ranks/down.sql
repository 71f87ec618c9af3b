DROP TRIGGER IF EXISTS update_codeintel_path_ranks_updated_at ON codeintel_path_ranks;
DROP FUNCTION IF EXISTS update_codeintel_path_ranks_updated_at_column();
DROP TABLE IF EXISTS codeintel_path_ranks;
