-- A function that generates other functions: three levels of dollar quoting.
CREATE OR REPLACE FUNCTION util.make_getter(p_table text, p_column text)
RETURNS void
LANGUAGE plpgsql
AS $outer$
DECLARE
    fn_name text := format('get_%s_%s', p_table, p_column);
BEGIN
    EXECUTE format(
        $ddl$
        CREATE OR REPLACE FUNCTION util.%1$I(p_id bigint)
        RETURNS text
        LANGUAGE plpgsql
        STABLE
        AS $inner$
        BEGIN
            RETURN (SELECT %3$I::text FROM %2$I WHERE id = p_id);
        END
        $inner$
        $ddl$,
        fn_name, p_table, p_column);

    EXECUTE format('COMMENT ON FUNCTION util.%I(bigint) IS %L', fn_name,
                   'Generated getter for ' || p_table || '.' || p_column || ' — do not edit');
END
$outer$;

SELECT util.make_getter('users', 'email');
SELECT util.make_getter('projects', 'name');
