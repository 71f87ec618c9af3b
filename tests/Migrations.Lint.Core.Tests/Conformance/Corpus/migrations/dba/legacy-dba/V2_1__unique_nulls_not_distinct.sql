-- PG15: treat NULLs as equal for uniqueness, so (sku, NULL) can exist once.
CREATE TABLE oms.product_variants (
    sku      text NOT NULL,
    color    text,
    size     text,
    CONSTRAINT product_variants_uq UNIQUE NULLS NOT DISTINCT (sku, color, size)
);

CREATE UNIQUE INDEX product_variants_sku_color_uq
    ON oms.product_variants (sku, color) NULLS NOT DISTINCT
    WHERE size IS NULL;

ALTER TABLE oms.customers
    ADD CONSTRAINT customers_display_name_uq UNIQUE NULLS DISTINCT (display_name);
