BEGIN;
--
-- Alter field status on order
--
ALTER TABLE "shop_order" ALTER COLUMN "status" TYPE varchar(32);
--
-- Create index shop_order_status_placed_idx on field(s) status, -placed_at of model order
--
CREATE INDEX "shop_order_status_placed_idx" ON "shop_order" ("status", "placed_at" DESC);
--
-- Create constraint status_valid on model order
--
ALTER TABLE "shop_order" ADD CONSTRAINT "status_valid" CHECK ("status" IN ('new', 'paid', 'shipped', 'cancelled'));
COMMIT;
