-- Quick fix applied from pgAdmin; note the stray semicolons and the
-- missing semicolon (and newline) at the very end.
UPDATE oms.customers SET display_name = btrim(display_name) WHERE display_name <> btrim(display_name);;
;
ALTER TABLE oms.customers ALTER COLUMN display_name SET DEFAULT '';
ANALYZE oms.customers