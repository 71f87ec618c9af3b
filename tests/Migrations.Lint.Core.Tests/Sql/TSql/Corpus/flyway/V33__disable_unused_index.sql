-- Keep the definition around for a release; disabling drops the data but not the metadata.
ALTER INDEX ix_stock_item_search_key ON inventory.stock_item DISABLE;
