CREATE SCHEMA inventory;
GO

CREATE TABLE inventory.warehouse (
    id INT IDENTITY(1,1) NOT NULL,
    code VARCHAR(10) NOT NULL,
    name NVARCHAR(120) NOT NULL,
    created_at DATETIME2 NOT NULL CONSTRAINT df_warehouse_created_at DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT pk_warehouse PRIMARY KEY (id),
    CONSTRAINT uq_warehouse_code UNIQUE (code)
);

CREATE TABLE inventory.stock_item (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_stock_item PRIMARY KEY,
    warehouse_id INT NOT NULL,
    sku VARCHAR(40) NOT NULL,
    quantity INT NOT NULL CONSTRAINT df_stock_item_quantity DEFAULT (0),
    CONSTRAINT fk_stock_item_warehouse FOREIGN KEY (warehouse_id) REFERENCES inventory.warehouse (id)
);

CREATE UNIQUE INDEX ux_stock_item_warehouse_sku ON inventory.stock_item (warehouse_id, sku);
