-- Schema-bound views block ALTER TABLE; drop, alter, recreate.
DROP VIEW IF EXISTS dbo.vw_ProductPrices;
GO
ALTER TABLE dbo.Products ALTER COLUMN Price DECIMAL(19, 4) NOT NULL;
GO
CREATE VIEW dbo.vw_ProductPrices WITH SCHEMABINDING AS
SELECT ProductId, Sku, Price FROM dbo.Products;
GO
CREATE UNIQUE CLUSTERED INDEX CIX_vw_ProductPrices ON dbo.vw_ProductPrices (ProductId);
GO
