CREATE COLLATION IF NOT EXISTS public.german_phonebook (provider = icu, locale = 'de-u-co-phonebk');
CREATE COLLATION IF NOT EXISTS public.natural_sort (provider = icu, locale = 'und-u-kn-true');
CREATE COLLATION IF NOT EXISTS public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE DOMAIN public.ci_text AS text COLLATE public.case_insensitive;

CREATE TYPE money_eur AS (amount numeric(12, 2), currency char(3));

CREATE FUNCTION money_eur_to_numeric(money_eur) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    RETURN ($1).amount;

CREATE CAST (money_eur AS numeric) WITH FUNCTION money_eur_to_numeric(money_eur) AS ASSIGNMENT;
CREATE CAST (varchar AS ci_text) WITHOUT FUNCTION AS IMPLICIT;

CREATE OPERATOR CLASS util.text_ci_ops
    FOR TYPE text USING btree AS
        OPERATOR 1 < (text, text),
        OPERATOR 2 <= (text, text),
        OPERATOR 3 = (text, text),
        OPERATOR 4 >= (text, text),
        OPERATOR 5 > (text, text),
        FUNCTION 1 bttextcmp(text, text);

SELECT name FROM customers ORDER BY name COLLATE "natural_sort", id;
SELECT 'Straße' = 'STRASSE' COLLATE public.case_insensitive;
