-- Product aggregate and a "first non-null" aggregate.
CREATE OR REPLACE FUNCTION util.mul_sfunc(state numeric, val numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE STRICT
AS 'SELECT state * val';

CREATE AGGREGATE util.product(numeric) (
    SFUNC = util.mul_sfunc,
    STYPE = numeric,
    INITCOND = '1'
);

CREATE OR REPLACE FUNCTION util.first_agg(anyelement, anyelement)
RETURNS anyelement LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT $1 $$;

CREATE AGGREGATE util.first(anyelement) (
    SFUNC = util.first_agg,
    STYPE = anyelement,
    PARALLEL = SAFE
);

-- Moving-aggregate support and a final function.
CREATE OR REPLACE FUNCTION util.avg_accum(state numeric[], val numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[state[1] + val, state[2] + 1] $$;
CREATE OR REPLACE FUNCTION util.avg_inv(state numeric[], val numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[state[1] - val, state[2] - 1] $$;
CREATE OR REPLACE FUNCTION util.avg_final(state numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN state[2] = 0 THEN NULL ELSE state[1] / state[2] END $$;

CREATE AGGREGATE util.moving_avg(numeric) (
    SFUNC = util.avg_accum,
    STYPE = numeric[],
    FINALFUNC = util.avg_final,
    INITCOND = '{0,0}',
    MSFUNC = util.avg_accum,
    MINVFUNC = util.avg_inv,
    MSTYPE = numeric[],
    MFINALFUNC = util.avg_final,
    MINITCOND = '{0,0}'
);

-- Ordered-set aggregate in the old-style syntax for comparison.
CREATE AGGREGATE util.array_accum (BASETYPE = anycompatible, SFUNC = array_append, STYPE = anycompatiblearray, INITCOND = '{}');

SELECT util.product(x) FROM generate_series(1, 5) AS g(x);
