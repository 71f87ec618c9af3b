-- +goose Up
CREATE TABLE genres (
    id   SMALLINT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

INSERT INTO genres (id, slug, name) VALUES
    (1, 'fiction', 'Fiction'),
    (2, 'sci-fi', 'Science Fiction'),
    (3, 'fantasy', 'Fantasy'),
    (4, 'polar', 'Roman policier — « polar »'),
    (5, 'manga', '漫画')
ON CONFLICT (id) DO NOTHING;

ALTER TABLE books ADD COLUMN genre_id SMALLINT REFERENCES genres (id);

-- +goose Down
ALTER TABLE books DROP COLUMN genre_id;
DROP TABLE genres;
