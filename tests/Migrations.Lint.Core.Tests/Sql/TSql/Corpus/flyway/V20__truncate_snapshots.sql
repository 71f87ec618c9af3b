-- Snapshots are rebuilt nightly; the old format is useless after V16.
TRUNCATE TABLE inventory.stock_snapshot;
