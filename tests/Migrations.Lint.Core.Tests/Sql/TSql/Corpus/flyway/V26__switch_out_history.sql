CREATE TABLE inventory.stock_movement_history_staging (
    id BIGINT NOT NULL,
    stock_item_id BIGINT NOT NULL,
    delta INT NOT NULL,
    moved_at DATETIME2(3) NOT NULL,
    CONSTRAINT pk_stock_movement_history_staging PRIMARY KEY CLUSTERED (moved_at, id)
) ON [PRIMARY];

ALTER TABLE inventory.stock_movement_history SWITCH PARTITION 1 TO inventory.stock_movement_history_staging;
TRUNCATE TABLE inventory.stock_movement_history_staging;
DROP TABLE inventory.stock_movement_history_staging;
ALTER PARTITION FUNCTION pf_movement_month() MERGE RANGE ('2024-01-01');
