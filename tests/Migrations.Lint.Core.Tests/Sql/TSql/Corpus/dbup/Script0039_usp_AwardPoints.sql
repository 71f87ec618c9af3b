CREATE PROCEDURE dbo.usp_AwardPoints
    @OrderId BIGINT
AS
BEGIN
    SET NOCOUNT ON

    DECLARE @customerId INT, @points INT

    SELECT @customerId = CustomerId, @points = CAST(Total / 10 AS INT)
    FROM dbo.Orders
    WHERE OrderId = @OrderId

    IF @customerId IS NULL
    BEGIN
        RAISERROR('Order %I64d not found', 16, 1, @OrderId)
        RETURN
    END

    MERGE dbo.LoyaltyAccounts AS la
    USING (SELECT @customerId AS CustomerId) AS src ON la.CustomerId = src.CustomerId
    WHEN MATCHED THEN UPDATE SET Points = la.Points + @points
    WHEN NOT MATCHED THEN INSERT (CustomerId, Points) VALUES (src.CustomerId, @points);
END
GO
GRANT EXECUTE ON dbo.usp_AwardPoints TO app_writer
GO
