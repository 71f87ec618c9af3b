SELECT $$simple body$$;
SELECT $$ a semicolon ; and a 'quote' and -- dashes and /* stars $$;
SELECT $tag$ tagged body with $$ inside $tag$;
SELECT $_$ underscore tag $_$, $a1$ digits in tag $a1$;
SELECT $outer$ begin $inner$ not closed by $outer_x$ end $inner$ end $outer$;
SELECT $$$$ AS empty_body;
SELECT $Tag$ case matters: $tag$ does not close $Tag$;
CREATE FUNCTION dq_nested() RETURNS text LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE $sql$SELECT 1; SELECT 2;$sql$;
  RETURN $ret$done; really$ret$;
END
$fn$;
PREPARE dq_params(int, int) AS SELECT $1 + $2;
DO $do$
BEGIN
  RAISE NOTICE $msg$semicolon; inside$msg$;
END
$do$;
SELECT $q$multi
line
body$q$;
