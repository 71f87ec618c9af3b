ALTER TABLE "public"."Users" ADD COLUMN "phone" VARCHAR(32);
ALTER TABLE "public"."Users" ADD COLUMN "settings" JSONB NOT NULL DEFAULT '{}';
