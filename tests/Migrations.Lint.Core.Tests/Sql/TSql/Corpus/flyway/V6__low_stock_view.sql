CREATE VIEW inventory.low_stock
WITH SCHEMABINDING
AS
SELECT s.id, s.sku, w.code AS warehouse_code, s.on_hand, s.reorder_level
FROM inventory.stock_item AS s
INNER JOIN inventory.warehouse AS w ON w.id = s.warehouse_id
WHERE s.on_hand <= s.reorder_level;
GO

CREATE UNIQUE CLUSTERED INDEX cix_low_stock ON inventory.low_stock (id);
GO
