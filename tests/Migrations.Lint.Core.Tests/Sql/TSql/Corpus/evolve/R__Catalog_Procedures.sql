CREATE OR ALTER PROCEDURE catalog.RemoveStock
    @ItemId INT,
    @Quantity INT
AS
BEGIN
    SET NOCOUNT ON
    UPDATE catalog.Item
    SET AvailableStock = AvailableStock - @Quantity
    WHERE ItemId = @ItemId AND AvailableStock >= @Quantity
    IF @@ROWCOUNT = 0
        THROW 51000, 'Not enough stock.', 1
END
GO
CREATE OR ALTER PROCEDURE catalog.AddStock
    @ItemId INT,
    @Quantity INT
AS
    UPDATE catalog.Item SET AvailableStock = AvailableStock + @Quantity WHERE ItemId = @ItemId
GO
