CREATE OR ALTER VIEW inventory.stock_by_warehouse
AS
SELECT w.code, COUNT_BIG(*) AS items, SUM(s.on_hand) AS units
FROM inventory.stock_item s
JOIN inventory.warehouse w ON w.id = s.warehouse_id
GROUP BY w.code;
GO

CREATE OR ALTER VIEW inventory.supplier_summary
AS
SELECT sp.id, sp.name, COUNT(si.id) AS item_count
FROM inventory.supplier sp
LEFT JOIN inventory.stock_item si ON si.supplier_id = sp.id
GROUP BY sp.id, sp.name;
GO
