DECLARE @default_supplier INT;

INSERT INTO inventory.supplier (name) VALUES (N'Unassigned');
SET @default_supplier = SCOPE_IDENTITY();

UPDATE inventory.stock_item
SET supplier_id = @default_supplier
WHERE supplier_id IS NULL;

ALTER TABLE inventory.stock_item ALTER COLUMN supplier_id INT NOT NULL;
