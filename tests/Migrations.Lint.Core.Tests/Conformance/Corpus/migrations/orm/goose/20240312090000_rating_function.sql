-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION book_rating(p_book_id BIGINT)
RETURNS NUMERIC
LANGUAGE plpgsql
STABLE
AS $func$
DECLARE
    avg_stars NUMERIC;
BEGIN
    SELECT round(avg(stars)::numeric, 2) INTO avg_stars
    FROM reviews
    WHERE book_id = p_book_id;

    IF avg_stars IS NULL THEN
        RETURN 0;
    END IF;
    RETURN avg_stars;
END;
$func$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP FUNCTION book_rating(BIGINT);
-- +goose StatementEnd
