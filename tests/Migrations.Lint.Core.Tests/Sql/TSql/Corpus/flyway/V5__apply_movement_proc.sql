CREATE PROCEDURE inventory.apply_movement
    @stock_item_id BIGINT,
    @delta INT,
    @reason VARCHAR(20)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF @delta = 0
    BEGIN
        RAISERROR('A movement must change the quantity.', 16, 1);
        RETURN;
    END;

    BEGIN TRANSACTION;

    UPDATE inventory.stock_item WITH (UPDLOCK, ROWLOCK)
    SET on_hand = on_hand + @delta
    WHERE id = @stock_item_id;

    IF @@ROWCOUNT = 0
    BEGIN
        ROLLBACK TRANSACTION;
        THROW 50001, 'Unknown stock item.', 1;
    END;

    INSERT INTO inventory.stock_movement (stock_item_id, delta, reason)
    VALUES (@stock_item_id, @delta, @reason);

    COMMIT TRANSACTION;
END;
GO
