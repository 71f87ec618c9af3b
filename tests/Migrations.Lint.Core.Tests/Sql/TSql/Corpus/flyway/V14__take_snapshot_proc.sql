CREATE OR ALTER PROCEDURE inventory.take_snapshot
    @snapshot_date DATE = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET @snapshot_date = COALESCE(@snapshot_date, CAST(SYSUTCDATETIME() AS DATE));

    DELETE FROM inventory.stock_snapshot WHERE snapshot_date = @snapshot_date;

    INSERT INTO inventory.stock_snapshot (snapshot_date, stock_item_id, on_hand)
    SELECT @snapshot_date, id, on_hand
    FROM inventory.stock_item;

    SELECT @@ROWCOUNT AS rows_written;
END;
