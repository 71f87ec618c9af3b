EXEC sp_rename 'inventory.stock_item.quantity', 'on_hand', 'COLUMN';
