-- Pre-8.0 style: the body is an ordinary string literal, so every quote
-- inside it is doubled. Still seen in old codebases.
CREATE OR REPLACE FUNCTION legacy.greeting(text) RETURNS text AS '
DECLARE
    who ALIAS FOR $1;
BEGIN
    IF who IS NULL OR who = '''' THEN
        RETURN ''Hello, stranger!'';
    END IF;
    RETURN ''Hello, '' || who || ''! It''''s nice to see you.'';
END;
' LANGUAGE 'plpgsql' IMMUTABLE;

CREATE OR REPLACE FUNCTION legacy.is_weekend(date) RETURNS boolean
    AS 'SELECT extract(isodow FROM $1) IN (6, 7)'
    LANGUAGE sql IMMUTABLE STRICT;

CREATE OR REPLACE FUNCTION legacy.escape_like(text) RETURNS text
    AS E'SELECT replace(replace(replace($1, \'\\\\\', \'\\\\\\\\\'), \'%\', \'\\\\%\'), \'_\', \'\\\\_\')'
    LANGUAGE sql IMMUTABLE;
