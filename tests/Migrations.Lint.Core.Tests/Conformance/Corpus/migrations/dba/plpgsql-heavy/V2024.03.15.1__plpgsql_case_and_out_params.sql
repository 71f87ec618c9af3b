CREATE OR REPLACE FUNCTION hr.split_name(
    IN  full_name  text,
    OUT first_name text,
    OUT last_name  text,
    OUT confidence numeric
)
LANGUAGE plpgsql
IMMUTABLE
AS $$
DECLARE
    parts text[] := regexp_split_to_array(btrim(full_name), '\s+');
BEGIN
    CASE array_length(parts, 1)
        WHEN 1 THEN
            first_name := parts[1];
            confidence := 0.3;
        WHEN 2 THEN
            first_name := parts[1];
            last_name  := parts[2];
            confidence := 0.9;
        ELSE
            first_name := parts[1];
            last_name  := array_to_string(parts[2:], ' ');
            confidence := 0.6;
    END CASE;

    CASE
        WHEN last_name ~ '^(van|von|de|da)$' THEN
            confidence := confidence - 0.2;
        ELSE
            NULL;
    END CASE;
END;
$$;

SELECT (hr.split_name('Ada Lovelace')).*;
SELECT first_name, last_name FROM hr.split_name('Ludwig van Beethoven');
