ALTER TABLE "posts" ADD "slug" character varying;
UPDATE "posts" SET "slug" = "id"::text WHERE "slug" IS NULL;
ALTER TABLE "posts" ALTER COLUMN "slug" SET NOT NULL;
CREATE UNIQUE INDEX "index_posts_on_user_id_and_slug" ON "posts" ("user_id", "slug");
