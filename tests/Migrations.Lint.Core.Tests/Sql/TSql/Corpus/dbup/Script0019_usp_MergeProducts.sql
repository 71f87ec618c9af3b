CREATE OR ALTER PROCEDURE dbo.usp_MergeProducts
    @Products dbo.ProductImportType READONLY
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        MERGE dbo.Products WITH (HOLDLOCK) AS target
        USING @Products AS source
            ON target.Sku = source.Sku
        WHEN MATCHED AND (target.Title <> source.Title OR target.Price <> source.Price) THEN
            UPDATE SET target.Title = source.Title, target.Price = source.Price
        WHEN NOT MATCHED BY TARGET THEN
            INSERT (Sku, Title, Price) VALUES (source.Sku, source.Title, source.Price)
        WHEN NOT MATCHED BY SOURCE THEN
            UPDATE SET target.Discontinued = 1;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;
        THROW;
    END CATCH
END
GO
