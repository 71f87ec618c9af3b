ALTER TABLE "posts" ADD "editor_id" bigint;
ALTER TABLE "posts" ADD CONSTRAINT "fk_rails_9a1c3e77f0"
FOREIGN KEY ("editor_id")
  REFERENCES "users" ("id")
 NOT VALID;
ALTER TABLE "posts" VALIDATE CONSTRAINT "fk_rails_9a1c3e77f0";
