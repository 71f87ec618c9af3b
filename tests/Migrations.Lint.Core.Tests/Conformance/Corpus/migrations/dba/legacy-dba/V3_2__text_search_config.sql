CREATE TEXT SEARCH DICTIONARY public.german_hunspell (
    TEMPLATE = ispell,
    DictFile = de_de,
    AffFile = de_de,
    StopWords = german
);

CREATE TEXT SEARCH CONFIGURATION public.shop_german (COPY = pg_catalog.german);

ALTER TEXT SEARCH CONFIGURATION public.shop_german
    ALTER MAPPING FOR asciiword, word, hword, hword_part, hword_asciipart
    WITH public.german_hunspell, german_stem;

ALTER TEXT SEARCH CONFIGURATION public.shop_german DROP MAPPING IF EXISTS FOR url, email;

ALTER TABLE oms.products
    ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('public.shop_german', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('public.shop_german', coalesce(description, '')), 'B')
    ) STORED;

CREATE INDEX products_search_idx ON oms.products USING gin (search_vector);

SELECT name, ts_rank(search_vector, q) AS rank
  FROM oms.products, websearch_to_tsquery('public.shop_german', 'Kaffeemühle -elektrisch "aus Holz"') q
 WHERE search_vector @@ q
 ORDER BY rank DESC
 LIMIT 20;
