-- A grab bag of constructs that trip up hand-written SQL lexers. All valid.
SELECT 0x1F AS hex_int, 0o17 AS octal_int, 0b1010 AS binary_int,
       1_000_000 AS million, 1.5e-3 AS small, .5 AS half, 5. AS five, 1E+10 AS big,
       B'1010' AS bits, X'1F' AS hexbits,
       E'tab\there' AS esc, E'\x41\102\u00e9' AS escapes, 'it''s' AS doubled,
       'con'
       'cat'
       'enated' AS continued_literal,
       $$dollar$$ AS d1, $a$it's $$ nested$a$ AS d2;

SELECT price*-1 AS negated, qty<>-1 AS ne, qty>=-1 AS ge, qty<-1 AS lt, 2*+3 AS six, a||b AS concat, 3 != -3 AS bang, @ -5 AS abs_val,
       |/ 16.0 AS sqrt, ||/ 27.0 AS cbrt, 2 ^ 10 AS pow, 7 % 3 AS modulo, ~5 AS bitnot, 5 # 3 AS xor,
       'a' ~~ 'a%' AS like_op, 'abc' !~* 'B' AS not_regex_ci, 1 <@ int4range(0, 5) AS contained,
       ARRAY[1,2] && ARRAY[2,3] AS overlap, point(1,2) <-> point(4,6) AS dist, box '((0,0),(1,1))' @> point '(0.5,0.5)' AS inside
  FROM (VALUES (10.0, 2, 'x', 'y')) AS t(price, qty, a, b);

SELECT foo$bar, "weird$name", col1 FROM (SELECT 1 AS foo$bar, 2 AS "weird$name", 3 AS col1) s;

SELECT 'a'::text::varchar(10), CAST('42' AS integer), int4 '7', interval '1' day, interval '1-2' year to month,
       timestamp '2024-02-29 12:00', time with time zone '10:00+02', ('{1,2,3}'::int[])[2], (ARRAY[[1,2],[3,4]])[2][1],
       ROW(1, 'a b') IS NOT NULL AS rec, '(1,"a b")'::oms.address AS addr;

SELECT 1 /* inline /* nested */ comment */ + 2 -- trailing comment with 'quote and $$ dollar
     AS three;
