-- +goose Up
CREATE TABLE reviews (
    book_id    BIGINT NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    reviewer   TEXT NOT NULL,
    stars      SMALLINT NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body       TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (book_id, reviewer)
);
CREATE INDEX reviews_created_at_idx ON reviews (created_at DESC);

-- +goose Down
DROP TABLE reviews;
