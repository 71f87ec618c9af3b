CREATE TABLE "tags" ("id" bigserial primary key, "name" character varying NOT NULL, "taggings_count" integer DEFAULT 0, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
CREATE UNIQUE INDEX "index_tags_on_name" ON "tags" ("name");
CREATE TABLE "posts_tags" ("post_id" bigint NOT NULL, "tag_id" bigint NOT NULL);
CREATE UNIQUE INDEX "index_posts_tags_on_post_id_and_tag_id" ON "posts_tags" ("post_id", "tag_id");
CREATE INDEX "index_posts_tags_on_tag_id" ON "posts_tags" ("tag_id");
