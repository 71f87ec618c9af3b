CREATE EXTENSION pg_trgm;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions VERSION '1.1' CASCADE;
CREATE EXTENSION hstore SCHEMA public;
ALTER EXTENSION pg_trgm UPDATE;
ALTER EXTENSION pg_trgm UPDATE TO '1.6';
ALTER EXTENSION hstore SET SCHEMA extensions;
ALTER EXTENSION hstore ADD FUNCTION my_fn(int);
ALTER EXTENSION hstore DROP TABLE my_table;
CREATE SCHEMA app;
CREATE SCHEMA IF NOT EXISTS app AUTHORIZATION app_owner;
CREATE SCHEMA AUTHORIZATION app_owner;
CREATE SCHEMA billing
  CREATE TABLE invoices (id int PRIMARY KEY, total numeric)
  CREATE VIEW open_invoices AS SELECT * FROM invoices WHERE total > 0
  CREATE INDEX invoices_total_idx ON invoices (total)
  GRANT SELECT ON invoices TO app_reader;
ALTER SCHEMA app OWNER TO app_owner;
ALTER SCHEMA app RENAME TO application;
DROP SCHEMA application CASCADE;
CREATE DATABASE app_test;
CREATE DATABASE app_copy WITH OWNER = app_owner TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = icu ICU_LOCALE = 'en-US';
ALTER DATABASE app_copy RENAME TO app_clone;
ALTER DATABASE app_clone OWNER TO app_owner;
ALTER DATABASE app_clone WITH CONNECTION LIMIT 10;
DROP DATABASE app_clone;
DROP DATABASE IF EXISTS app_test WITH (FORCE);
CREATE TABLESPACE fast_space LOCATION '/ssd/pg';
CREATE ROLE app_reader NOLOGIN;
CREATE USER app_user WITH PASSWORD 'secret' VALID UNTIL 'infinity';
ALTER ROLE app_user WITH CONNECTION LIMIT 5;
CREATE PUBLICATION orders_pub FOR TABLE orders, customers WITH (publish = 'insert, update');
CREATE STATISTICS orders_stats (dependencies) ON customer_id, status FROM orders;
CREATE SERVER remote_server FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'db', dbname 'app');
CREATE FOREIGN TABLE remote_orders (id int) SERVER remote_server OPTIONS (table_name 'orders');
IMPORT FOREIGN SCHEMA public LIMIT TO (orders) FROM SERVER remote_server INTO remote;
