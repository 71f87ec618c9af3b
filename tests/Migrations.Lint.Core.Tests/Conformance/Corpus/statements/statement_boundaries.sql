-- Places where a naive split at ";" or a naive BEGIN ... END matcher goes wrong.
CREATE TABLE keywords_as_names (begin int, atomic int, "end" int, "case" text);
SELECT begin atomic FROM keywords_as_names;
SELECT begin, atomic FROM keywords_as_names WHERE begin = atomic;
CREATE FUNCTION return_case(x int) RETURNS text LANGUAGE sql
  RETURN CASE WHEN x > 0 THEN 'positive' ELSE 'other' END;
BEGIN;
CREATE FUNCTION atomic_after_begin() RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT 1;
  SELECT CASE WHEN true THEN 2 END; -- END; in a comment
  SELECT 'END;';
END;
END;
CREATE PROCEDURE atomic_empty_proc() LANGUAGE sql BEGIN ATOMIC END;
START TRANSACTION;
CREATE FUNCTION atomic_lower(a int) returns int language sql begin atomic select a; end;
COMMIT;
CREATE FUNCTION atomic_with_case_end(a int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT CASE a WHEN 1 THEN 10 WHEN 2 THEN 20 END + CASE WHEN a > 5 THEN 1 ELSE 0 END;
  SELECT (CASE WHEN a IS NULL THEN 0 END);
END;
SELECT 'after the routines';
CREATE RULE nested_parens AS ON INSERT TO keywords_as_names DO ALSO (
  INSERT INTO audit_log (n) VALUES ((SELECT count(*) FROM (SELECT 1) AS s));
  SELECT (1 + (2 * 3))
);
CREATE FUNCTION dollar_params(int) RETURNS int LANGUAGE sql AS $_$ SELECT $1 + 1; $_$;
WITH RECURSIVE t(n) AS MATERIALIZED (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3)
SELECT n FROM t;
ROLLBACK AND CHAIN;
