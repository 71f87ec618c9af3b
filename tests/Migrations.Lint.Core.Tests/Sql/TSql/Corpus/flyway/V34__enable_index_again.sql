ALTER INDEX ix_stock_item_search_key ON inventory.stock_item REBUILD WITH (ONLINE = ON, RESUMABLE = ON, MAX_DURATION = 60 MINUTES);
