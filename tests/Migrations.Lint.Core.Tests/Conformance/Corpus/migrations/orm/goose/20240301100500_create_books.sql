-- +goose Up
-- +goose StatementBegin
CREATE TABLE books (
  id         BIGSERIAL PRIMARY KEY,
  author_id  BIGINT NOT NULL REFERENCES authors (id),
  title      TEXT NOT NULL,
  isbn       TEXT UNIQUE,
  published  DATE,
  tags       TEXT[] NOT NULL DEFAULT '{}'
);
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP TABLE books;
-- +goose StatementEnd
