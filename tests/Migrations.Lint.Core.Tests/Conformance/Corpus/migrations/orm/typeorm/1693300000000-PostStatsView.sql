CREATE VIEW "post_stats" AS SELECT "post"."authorId" AS "authorId", COUNT("post"."id") AS "postCount", MAX("post"."id") AS "lastPostId" FROM "post" "post" GROUP BY "post"."authorId";
INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (DEFAULT, $1, DEFAULT, $2, $3, $4);
