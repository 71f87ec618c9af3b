CREATE OR REPLACE FUNCTION search.find_rows(
    p_table   regclass,
    p_filters jsonb DEFAULT '{}'::jsonb,
    p_limit   integer DEFAULT 50,
    VARIADIC p_columns text[] DEFAULT ARRAY['id']
)
RETURNS SETOF jsonb
LANGUAGE plpgsql
STABLE
COST 1000
ROWS 50
AS $func$
DECLARE
    v_where text := 'TRUE';
    v_key   text;
    v_val   text;
BEGIN
    FOR v_key, v_val IN SELECT key, value FROM jsonb_each_text(p_filters) LOOP
        v_where := v_where || format(' AND %I = %L', v_key, v_val);
    END LOOP;

    RETURN QUERY EXECUTE format(
        'SELECT to_jsonb(t) FROM (SELECT %s FROM %s WHERE %s LIMIT $1) t',
        (SELECT string_agg(quote_ident(c), ', ') FROM unnest(p_columns) AS c),
        p_table,
        v_where)
    USING p_limit;
END
$func$;

SELECT * FROM search.find_rows('public.users', '{"state": "active"}', 10, 'id', 'email');
