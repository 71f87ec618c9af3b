ALTER TABLE inventory.stock_item ADD notes NVARCHAR(500) SPARSE NULL;
ALTER TABLE inventory.stock_item ADD search_key AS UPPER(sku) PERSISTED;
CREATE INDEX ix_stock_item_search_key ON inventory.stock_item (search_key);
