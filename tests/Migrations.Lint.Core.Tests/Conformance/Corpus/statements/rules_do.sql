CREATE RULE orders_log AS ON UPDATE TO orders DO ALSO INSERT INTO orders_log VALUES (OLD.id, now());
CREATE OR REPLACE RULE orders_protect AS ON DELETE TO orders WHERE OLD.status = 'paid' DO INSTEAD NOTHING;
CREATE RULE orders_multi AS ON INSERT TO orders DO (
  INSERT INTO audit_log (n) VALUES (NEW.id);
  UPDATE counters SET n = n + 1 WHERE name = 'orders';
  NOTIFY orders_changed
);
CREATE RULE orders_multi_trailing AS ON INSERT TO orders DO ALSO (NOTIFY a; NOTIFY b;);
CREATE RULE "_RETURN" AS ON SELECT TO order_view_rule DO INSTEAD SELECT * FROM orders;
ALTER RULE orders_log ON orders RENAME TO orders_log_rule;
DROP RULE IF EXISTS orders_protect ON orders;
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'order_status') THEN
    CREATE TYPE order_status AS ENUM ('open');
  END IF;
END
$$;
DO LANGUAGE plpgsql $do$
DECLARE r record;
BEGIN
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'app' LOOP
    EXECUTE format('ANALYZE %I;', r.tablename);
  END LOOP;
END $do$;
DO 'BEGIN PERFORM 1; END';
DO $$ BEGIN RAISE NOTICE 'one-liner; %', 1; END $$ LANGUAGE plpgsql;
NOTIFY orders_changed, 'payload; with semicolon';
LISTEN orders_changed;
UNLISTEN *;
