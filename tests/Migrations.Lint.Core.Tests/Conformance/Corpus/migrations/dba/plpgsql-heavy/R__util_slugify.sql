CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE OR REPLACE FUNCTION util.slugify(value text, max_length integer DEFAULT 80)
RETURNS text
LANGUAGE plpgsql
IMMUTABLE STRICT PARALLEL SAFE
SET search_path = public, pg_temp
AS $_$
DECLARE
    slug text;
BEGIN
    -- 'Crème Brûlée — à la carte!' -> 'creme-brulee-a-la-carte'
    slug := lower(unaccent(value));
    slug := regexp_replace(slug, '[^a-z0-9\s-]', '', 'g');
    slug := regexp_replace(slug, '[\s-]+', '-', 'g');
    slug := btrim(slug, '-');
    IF length(slug) > max_length THEN
        slug := rtrim(left(slug, max_length), '-');
    END IF;
    RETURN nullif(slug, '');
END
$_$;

COMMENT ON FUNCTION util.slugify(text, integer) IS 'URL slug: ASCII, lower-case, hyphen separated. „Größe“ → grosse? No: unaccent gives "grosse" only for ß with the German rules.';
