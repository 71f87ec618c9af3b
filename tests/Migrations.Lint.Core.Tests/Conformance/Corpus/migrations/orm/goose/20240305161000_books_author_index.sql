-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY IF NOT EXISTS books_author_id_idx ON books (author_id);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS books_author_id_idx;
