IF OBJECT_ID('dbo.usp_GetCustomerOrders', 'P') IS NOT NULL
    DROP PROCEDURE dbo.usp_GetCustomerOrders
GO

CREATE PROCEDURE dbo.usp_GetCustomerOrders
    @CustomerId INT,
    @Since DATETIME = NULL
AS
BEGIN
    SET NOCOUNT ON

    IF @Since IS NULL
        SET @Since = DATEADD(YEAR, -1, GETDATE())

    SELECT o.OrderId, o.OrderedAt, s.Name AS Status
    FROM dbo.Orders o
    INNER JOIN dbo.OrderStatus s ON s.OrderStatusId = o.Status
    WHERE o.CustomerId = @CustomerId
      AND o.OrderedAt >= @Since
    ORDER BY o.OrderedAt DESC
END
GO
