-- Quarterly maintenance, run by hand in the maintenance window.
-- None of this can run inside a transaction block.
VACUUM (ANALYZE, VERBOSE) oms.orders;
VACUUM (FREEZE, SKIP_LOCKED, PARALLEL 2) oms.order_lines, oms.customers (email);
VACUUM FULL oms."Order Notes";
VACUUM (INDEX_CLEANUP OFF, TRUNCATE false, PROCESS_TOAST true) oms.audit_log;
ANALYZE VERBOSE oms.customers (email, display_name);
ANALYZE;
CLUSTER oms.orders USING orders_ordered_at_idx;
CLUSTER VERBOSE;
REINDEX (CONCURRENTLY) INDEX oms.orders_customer_id_idx;
REINDEX (VERBOSE, CONCURRENTLY true) TABLE oms.order_lines;
REINDEX INDEX CONCURRENTLY oms.customers_email_key;
REINDEX SCHEMA CONCURRENTLY oms;
CHECKPOINT;
