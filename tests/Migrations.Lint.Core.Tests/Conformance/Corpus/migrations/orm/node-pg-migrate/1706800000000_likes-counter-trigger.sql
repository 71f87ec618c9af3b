-- Up Migration
CREATE TABLE "likes" (
  "post_id" integer NOT NULL REFERENCES "posts" ON DELETE CASCADE,
  "user_id" integer NOT NULL REFERENCES "users" ON DELETE CASCADE,
  "created_at" timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT "likes_pkey" PRIMARY KEY ("post_id", "user_id")
);
ALTER TABLE "posts" ADD "like_count" integer DEFAULT 0 NOT NULL;

CREATE FUNCTION "likes_count_trigger"()
  RETURNS trigger
  LANGUAGE plpgsql
  VOLATILE
  AS $pga$
BEGIN
  IF (TG_OP = 'INSERT') THEN
    UPDATE posts SET like_count = like_count + 1 WHERE id = NEW.post_id;
  ELSIF (TG_OP = 'DELETE') THEN
    UPDATE posts SET like_count = like_count - 1 WHERE id = OLD.post_id;
  END IF;
  RETURN NULL;
END;
$pga$;
CREATE TRIGGER "likes_count" AFTER INSERT OR DELETE ON "likes" FOR EACH ROW EXECUTE PROCEDURE "likes_count_trigger"();

-- Down Migration
DROP TRIGGER "likes_count" ON "likes";
DROP FUNCTION "likes_count_trigger"();
ALTER TABLE "posts" DROP "like_count";
DROP TABLE "likes";
