-- Server-side COPY (superuser or pg_read_server_files). No STDIN data here.
COPY oms.customers (email, display_name) FROM '/var/lib/postgresql/import/customers.csv'
    WITH (FORMAT csv, HEADER true, DELIMITER ';', QUOTE '"', ENCODING 'UTF8', NULL '');

COPY (SELECT order_id, status, gross_amount FROM oms.orders WHERE ordered_at >= DATE '2024-01-01')
    TO '/var/lib/postgresql/export/orders_2024.csv' WITH (FORMAT csv, HEADER, FORCE_QUOTE (status));

COPY oms.order_lines TO STDOUT WITH (FORMAT binary);
COPY oms.events FROM PROGRAM 'gzip -dc /var/lib/postgresql/import/events.tsv.gz' WITH (FORMAT text, FREEZE false);
