CREATE NONCLUSTERED COLUMNSTORE INDEX ncci_stock_movement_history
    ON inventory.stock_movement_history (stock_item_id, delta, moved_at)
    WITH (DATA_COMPRESSION = COLUMNSTORE_ARCHIVE);
