ALTER TABLE inventory.stock_item ADD reorder_level INT NOT NULL CONSTRAINT df_stock_item_reorder_level DEFAULT 10;
ALTER TABLE inventory.stock_item ADD CONSTRAINT ck_stock_item_reorder_level CHECK (reorder_level >= 0);
