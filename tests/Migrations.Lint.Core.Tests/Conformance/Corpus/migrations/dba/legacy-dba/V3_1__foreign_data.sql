CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE SERVER IF NOT EXISTS legacy_erp
    FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host 'erp-db.internal', port '5432', dbname 'erp', fetch_size '10000');

CREATE USER MAPPING IF NOT EXISTS FOR oms_app
    SERVER legacy_erp
    OPTIONS (user 'oms_reader', password 'secret');

CREATE SCHEMA IF NOT EXISTS erp;
IMPORT FOREIGN SCHEMA public LIMIT TO (articles, stock_levels)
    FROM SERVER legacy_erp INTO erp;

CREATE FOREIGN TABLE erp.price_list (
    article_no  text NOT NULL,
    valid_from  date,
    price       numeric(12, 2) OPTIONS (column_name 'preis')
) SERVER legacy_erp OPTIONS (schema_name 'public', table_name 'preisliste');

ALTER SERVER legacy_erp OPTIONS (SET fetch_size '50000', ADD use_remote_estimate 'true');
ALTER FOREIGN TABLE erp.price_list ALTER COLUMN price OPTIONS (SET column_name 'preis_eur');
