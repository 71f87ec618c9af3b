CREATE FUNCTION add_one(i int) RETURNS int AS $$ SELECT i + 1 $$ LANGUAGE sql IMMUTABLE;
CREATE OR REPLACE FUNCTION add_two(a int, b int DEFAULT 2) RETURNS int
LANGUAGE plpgsql STRICT PARALLEL SAFE
AS $body$
DECLARE
  result int;
BEGIN
  result := a + b;  -- semicolons inside the body
  IF result > 10 THEN
    RAISE NOTICE 'big; %', result;
  END IF;
  RETURN result;
END;
$body$;
CREATE FUNCTION quoted_body() RETURNS text LANGUAGE sql AS 'SELECT ''a; b''';
CREATE FUNCTION sql_standard(a int) RETURNS int
LANGUAGE sql IMMUTABLE
RETURN a * 2;
CREATE FUNCTION atomic_body(a int, b int) RETURNS text
LANGUAGE sql
BEGIN ATOMIC
  SELECT CASE WHEN a > b THEN 'greater' WHEN a < b THEN 'less' ELSE 'equal' END;
END;
CREATE OR REPLACE FUNCTION atomic_many(x int) RETURNS SETOF int
LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO audit_log (n) VALUES (x);
  SELECT CASE x WHEN 1 THEN 1 ELSE 0 END;
  SELECT x + 1;
END;
CREATE FUNCTION atomic_empty() RETURNS void LANGUAGE sql BEGIN ATOMIC END;
CREATE FUNCTION atomic_nested_case(x int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT CASE WHEN x > 0 THEN CASE WHEN x > 10 THEN 2 ELSE 1 END ELSE 0 END;
END;
CREATE FUNCTION table_result() RETURNS TABLE (id int, name text) LANGUAGE sql STABLE
  AS 'SELECT 1, ''one''';
CREATE FUNCTION c_function(int) RETURNS int AS 'my_lib', 'my_symbol' LANGUAGE c STRICT;
CREATE FUNCTION trigger_fn() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
CREATE FUNCTION out_params(IN a int, OUT b int, INOUT c int, VARIADIC d int[]) AS $$ SELECT a, c $$ LANGUAGE sql;
ALTER FUNCTION add_one(int) IMMUTABLE;
ALTER FUNCTION add_two(int, int) SET search_path = public, pg_temp;
ALTER FUNCTION add_two(int, int) RESET ALL;
ALTER FUNCTION add_one OWNER TO app_owner;
ALTER FUNCTION add_one(int) DEPENDS ON EXTENSION plpgsql;
ALTER ROUTINE add_one(int) COST 10;
DROP FUNCTION add_one(int), add_two(int, int);
CREATE PROCEDURE archive_orders(before date)
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < before;
  DELETE FROM orders WHERE created_at < before;
  COMMIT;
END
$$;
CREATE OR REPLACE PROCEDURE atomic_proc(x int)
LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO audit_log (n) VALUES (x);
  UPDATE audit_log SET n = CASE WHEN n > 0 THEN n ELSE 0 END;
END;
ALTER PROCEDURE archive_orders(date) SET lock_timeout = '1s';
CALL archive_orders('2024-01-01');
DROP PROCEDURE IF EXISTS atomic_proc;
CREATE AGGREGATE my_sum(int) (SFUNC = int4pl, STYPE = int, INITCOND = '0');
