CREATE TABLE inventory.stock_snapshot (
    snapshot_date DATE NOT NULL,
    stock_item_id BIGINT NOT NULL,
    on_hand INT NOT NULL,
    CONSTRAINT pk_stock_snapshot PRIMARY KEY (snapshot_date, stock_item_id)
) WITH (DATA_COMPRESSION = PAGE);
