ALTER TABLE inventory.stock_movement DROP CONSTRAINT ck_stock_movement_reason;
ALTER TABLE inventory.stock_movement ADD CONSTRAINT ck_stock_movement_reason
    CHECK (reason IN ('receipt', 'pick', 'adjustment', 'transfer', 'return'));
