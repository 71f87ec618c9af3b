CREATE PROCEDURE inventory.transfer_stock
    @from_item BIGINT,
    @to_item BIGINT,
    @quantity INT
AS
SET NOCOUNT ON;
SET XACT_ABORT ON;
BEGIN TRY
    BEGIN TRAN;
        EXEC inventory.apply_movement @from_item, -@quantity, 'transfer';
        EXEC inventory.apply_movement @to_item, @quantity, 'transfer';
    COMMIT TRAN;
END TRY
BEGIN CATCH
    IF XACT_STATE() <> 0 ROLLBACK TRAN;
    DECLARE @message NVARCHAR(2048) = ERROR_MESSAGE();
    RAISERROR(@message, 16, 1);
END CATCH;
GO
