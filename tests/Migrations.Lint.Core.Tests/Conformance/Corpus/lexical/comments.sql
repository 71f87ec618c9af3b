-- A line comment before the first statement; it holds a ; and a 'quote' and a "quote".
SELECT 1; -- trailing comment after the terminator

/* A block comment; with a semicolon */
SELECT 2;

/* outer /* nested /* twice */ still nested; */ back in outer */ SELECT 3;

SELECT /* inline */ 4 /* before the terminator */ ;

SELECT 5 -- comment between the last token and the terminator
;

SELECT 6--no space before the comment
;

SELECT 7/* no space either */;

SELECT 8 +/* an operator stops where a comment starts */ 9;

SELECT 10 -/* minus then comment */ 1;

SELECT '-- not a comment', '/* not a comment */', "--also not" FROM (SELECT 1 AS "--also not") AS s;

/**/ SELECT 11 /***/;

/* a comment with
   several lines
   -- and a line comment inside it
*/
SELECT
  12 -- mid-statement
  + 13;

----- many dashes
SELECT 14; /* comment at the end, no newline after it */
