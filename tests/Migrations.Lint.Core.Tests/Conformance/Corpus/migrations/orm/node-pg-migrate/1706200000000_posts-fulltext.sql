-- Up Migration
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE INDEX "posts_body_trgm_index" ON "posts" USING gin ("body" gin_trgm_ops);
ALTER TABLE "posts" ADD "title" varchar(200) NOT NULL;
ALTER TABLE "posts" ALTER "body" SET DATA TYPE varchar(10000);

-- Down Migration
ALTER TABLE "posts" ALTER "body" SET DATA TYPE text;
ALTER TABLE "posts" DROP "title";
DROP INDEX "posts_body_trgm_index";
