CREATE TABLE inventory.supplier (
    id INT NOT NULL IDENTITY(100, 1) PRIMARY KEY,
    name NVARCHAR(200) NOT NULL,
    vat_id VARCHAR(20) NULL,
    rating TINYINT NULL CHECK (rating BETWEEN 1 AND 5),
    external_ref UNIQUEIDENTIFIER NOT NULL DEFAULT NEWSEQUENTIALID()
);

ALTER TABLE inventory.stock_item ADD supplier_id INT NULL;
ALTER TABLE inventory.stock_item ADD CONSTRAINT fk_stock_item_supplier FOREIGN KEY (supplier_id) REFERENCES inventory.supplier (id);
CREATE INDEX ix_stock_item_supplier ON inventory.stock_item (supplier_id) WITH (ONLINE = ON);
