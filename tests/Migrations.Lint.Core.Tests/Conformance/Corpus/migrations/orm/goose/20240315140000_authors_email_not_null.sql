-- +goose Up
ALTER TABLE authors ADD COLUMN email TEXT;
UPDATE authors SET email = lower(replace(name, ' ', '.')) || '@authors.example' WHERE email IS NULL;
ALTER TABLE authors ALTER COLUMN email SET NOT NULL;
CREATE UNIQUE INDEX authors_email_idx ON authors (lower(email));

-- +goose Down
DROP INDEX authors_email_idx;
ALTER TABLE authors DROP COLUMN email;
