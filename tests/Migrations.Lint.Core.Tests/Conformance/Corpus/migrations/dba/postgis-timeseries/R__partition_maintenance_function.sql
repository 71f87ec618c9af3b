CREATE OR REPLACE FUNCTION create_monthly_partitions(parent regclass, months_ahead integer DEFAULT 3)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    month_start date := date_trunc('month', now())::date;
    part_name   text;
    created     integer := 0;
BEGIN
    FOR i IN 0 .. months_ahead LOOP
        part_name := format('%s_%s', parent::text, to_char(month_start + make_interval(months => i), 'YYYY_MM'));
        IF to_regclass(part_name) IS NULL THEN
            EXECUTE format(
                'CREATE TABLE %I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)',
                part_name,
                parent,
                month_start + make_interval(months => i),
                month_start + make_interval(months => i + 1)
            );
            created := created + 1;
        END IF;
    END LOOP;
    RETURN created;
END
$fn$;

SELECT create_monthly_partitions('measurements'::regclass, 6);
