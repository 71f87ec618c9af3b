DROP INDEX IF EXISTS ix_stock_movement_item_moved_at ON inventory.stock_movement;
CREATE INDEX ix_stock_movement_item_moved_at ON inventory.stock_movement (stock_item_id, moved_at DESC) INCLUDE (delta, reason)
    WITH (ONLINE = ON (WAIT_AT_LOW_PRIORITY (MAX_DURATION = 5 MINUTES, ABORT_AFTER_WAIT = SELF)), RESUMABLE = ON, MAXDOP = 2);
