-- +goose Up
-- +goose StatementBegin
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'library_reader') THEN
        CREATE ROLE library_reader NOLOGIN;
    END IF;
END
$$;
-- +goose StatementEnd
GRANT SELECT ON authors, books, reviews, genres TO library_reader;

-- +goose Down
REVOKE SELECT ON authors, books, reviews, genres FROM library_reader;
DROP ROLE IF EXISTS library_reader;
