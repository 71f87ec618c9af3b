BEGIN;
--
-- Create model LegacyImport (generated before Django 4.1: serial primary keys)
--
CREATE TABLE "shop_legacyimport" ("id" serial NOT NULL PRIMARY KEY, "source" varchar(40) NOT NULL, "payload" text NOT NULL, "imported_at" timestamp with time zone NOT NULL, "product_id" bigint NULL);
ALTER TABLE "shop_legacyimport" ADD CONSTRAINT "shop_legacyimport_product_id_77c1ab2e_fk_shop_product_id" FOREIGN KEY ("product_id") REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "shop_legacyimport_product_id_77c1ab2e" ON "shop_legacyimport" ("product_id");
--
-- Add field sku to product
--
ALTER TABLE "shop_product" ADD COLUMN "sku" varchar(32) NOT NULL;
COMMIT;
