ALTER TABLE oms.customers DROP CONSTRAINT IF EXISTS customers_display_name_uq;
DROP INDEX IF EXISTS oms.product_variants_sku_color_uq;
DROP TABLE IF EXISTS oms.product_variants;
