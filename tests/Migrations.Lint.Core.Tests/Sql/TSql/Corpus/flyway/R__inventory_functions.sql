CREATE OR ALTER FUNCTION inventory.units_in_warehouse (@warehouse_id INT)
RETURNS TABLE
AS
RETURN
(
    SELECT s.sku, s.on_hand
    FROM inventory.stock_item s
    WHERE s.warehouse_id = @warehouse_id AND s.on_hand > 0
);
GO

CREATE OR ALTER FUNCTION inventory.movement_total (@stock_item_id BIGINT, @since DATETIME2)
RETURNS INT
AS
BEGIN
    DECLARE @total INT;
    SELECT @total = SUM(delta) FROM inventory.stock_movement WHERE stock_item_id = @stock_item_id AND moved_at >= @since;
    RETURN ISNULL(@total, 0);
END;
GO
