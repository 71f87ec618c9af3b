CREATE OR REPLACE FUNCTION util.ci_eq(a text, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(a) = lower(b);

CREATE OPERATOR util.=== (
    LEFTARG = text,
    RIGHTARG = text,
    FUNCTION = util.ci_eq,
    COMMUTATOR = OPERATOR(util.===),
    RESTRICT = eqsel,
    JOIN = eqjoinsel,
    HASHES
);

CREATE FUNCTION util.jsonb_has_all_keys(j jsonb, keys text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT j ?& keys $$;

CREATE OPERATOR util.?&& (
    LEFTARG = jsonb,
    RIGHTARG = text[],
    PROCEDURE = util.jsonb_has_all_keys
);

-- Prefix operator (postfix operators were removed in PG14).
CREATE FUNCTION util.percent_of_one(numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT $1 / 100';
CREATE OPERATOR util.%% (RIGHTARG = numeric, FUNCTION = util.percent_of_one);

SELECT 'Foo' OPERATOR(util.===) 'FOO', OPERATOR(util.%%) 42.0;

ALTER OPERATOR util.=== (text, text) OWNER TO app_owner;
COMMENT ON OPERATOR util.=== (text, text) IS 'case-insensitive text equality';
DROP OPERATOR IF EXISTS util.~~~ (text, text);
