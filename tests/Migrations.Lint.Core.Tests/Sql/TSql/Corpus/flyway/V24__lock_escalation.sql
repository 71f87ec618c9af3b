ALTER TABLE inventory.stock_movement SET (LOCK_ESCALATION = AUTO);
ALTER INDEX pk_stock_movement ON inventory.stock_movement SET (ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = ON);
