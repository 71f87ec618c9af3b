SELECT 'plain';
SELECT 'it''s doubled', '''', '';
SELECT 'a semicolon ; inside', 'a dollar $$ inside', 'a backslash \ stays literal';
SELECT E'escaped \' quote', E'back\\slash', E'tab\tnewline\n', e'lower-case prefix';
SELECT E'octal \101 hex \x41 unicode \u0041 \U00000041';
SELECT E'both forms '' and \' in one';
SELECT U&'d\0061t\+000061';
SELECT U&'d!0061t!+000061' UESCAPE '!';
SELECT u&'lower \0041' uescape '\';
SELECT B'1010', b'0', X'1F', x'ff00';
SELECT N'national', n'lower';
SELECT 'continued'
  'on the next line'
  'and the next';
SELECT E'escape '
  'continuation';
SELECT 'multi-line
string literal; with a semicolon
and -- no comment';
SELECT 'x'::text, text 'typed literal', interval '1 day', DATE '2024-01-01';
SELECT '{"a": {"b": 1}}'::jsonb;
SELECT 'ends the file without a newline'
