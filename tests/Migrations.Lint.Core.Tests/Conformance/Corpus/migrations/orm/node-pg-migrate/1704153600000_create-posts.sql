-- Up Migration
CREATE TABLE "posts" (
  "id" serial PRIMARY KEY,
  "user_id" integer NOT NULL REFERENCES "users" ON DELETE CASCADE,
  "body" text NOT NULL,
  "created_at" timestamp DEFAULT current_timestamp NOT NULL
);
CREATE INDEX "posts_user_id_index" ON "posts" ("user_id");

-- Down Migration
DROP TABLE "posts";
