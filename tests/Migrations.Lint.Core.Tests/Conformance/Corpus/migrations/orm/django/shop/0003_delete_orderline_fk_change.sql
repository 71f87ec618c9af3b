BEGIN;
--
-- Alter field product on orderline
--
SET CONSTRAINTS "shop_orderline_product_id_2d6f0a3e_fk_shop_product_id" IMMEDIATE; ALTER TABLE "shop_orderline" DROP CONSTRAINT "shop_orderline_product_id_2d6f0a3e_fk_shop_product_id";
ALTER TABLE "shop_orderline" ADD CONSTRAINT "shop_orderline_product_id_2d6f0a3e_fk_shop_product_id" FOREIGN KEY ("product_id") REFERENCES "shop_product" ("id") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
--
-- Rename model OrderLine to LineItem
--
ALTER TABLE "shop_orderline" RENAME TO "shop_lineitem";
ALTER SEQUENCE IF EXISTS "shop_orderline_id_seq" RENAME TO "shop_lineitem_id_seq";
--
-- Delete model Coupon
--
DROP TABLE "shop_coupon" CASCADE;
COMMIT;
