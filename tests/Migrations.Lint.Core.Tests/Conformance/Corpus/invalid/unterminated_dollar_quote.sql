DO $$
BEGIN
  PERFORM 1;
END
$$ ;
DO $body$ BEGIN PERFORM 2; END $bod$;
