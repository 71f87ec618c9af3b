CREATE TABLE "quoted ""identifiers""" ("Mixed Case" int, "with;semicolon" text, "select" int);
SELECT "Mixed Case", "with;semicolon", "select" FROM "quoted ""identifiers""";
SELECT U&"d\0061t\+000061" FROM (SELECT 1 AS data) AS s;
SELECT U&"d!0061t!+000061" UESCAPE '!' FROM (SELECT 1 AS data) AS s;
CREATE TABLE with$dollar (a$b int, _under int, "1starts_with_digit" int);
SELECT public.with$dollar.a$b FROM public.with$dollar;
select lower_case_keywords from with$dollar;
SeLeCt MiXeD_cAsE fRoM with$dollar;
