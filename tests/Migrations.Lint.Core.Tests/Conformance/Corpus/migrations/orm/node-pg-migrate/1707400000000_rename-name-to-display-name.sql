-- Up Migration
ALTER TABLE "users" RENAME "name" TO "display_name";
ALTER TABLE "users" ALTER "display_name" SET DATA TYPE varchar(100) USING left(display_name, 100);
UPDATE "users" SET "display_name" = 'user_' || "id" WHERE "display_name" = '';

-- Down Migration
ALTER TABLE "users" ALTER "display_name" SET DATA TYPE varchar(1000);
ALTER TABLE "users" RENAME "display_name" TO "name";
