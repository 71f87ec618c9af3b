CREATE TABLE inventory.stock_movement (
    id BIGINT IDENTITY NOT NULL,
    stock_item_id BIGINT NOT NULL,
    delta INT NOT NULL,
    reason VARCHAR(20) NOT NULL,
    moved_at DATETIME2(3) NOT NULL DEFAULT SYSUTCDATETIME(),
    moved_by NVARCHAR(128) NOT NULL DEFAULT ORIGINAL_LOGIN(),
    CONSTRAINT pk_stock_movement PRIMARY KEY CLUSTERED (id),
    CONSTRAINT fk_stock_movement_item FOREIGN KEY (stock_item_id) REFERENCES inventory.stock_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_stock_movement_reason CHECK (reason IN ('receipt', 'pick', 'adjustment', 'transfer'))
);

CREATE INDEX ix_stock_movement_item_moved_at ON inventory.stock_movement (stock_item_id, moved_at DESC);
