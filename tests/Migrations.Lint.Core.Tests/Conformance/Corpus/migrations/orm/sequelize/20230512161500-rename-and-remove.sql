ALTER TABLE "public"."Users" RENAME COLUMN "phone" TO "phoneNumber";
ALTER TABLE "public"."Tasks" DROP COLUMN "labels";
ALTER TABLE "Projects" RENAME TO "Workspaces";
DELETE FROM "SequelizeMeta" WHERE "name" = '20230315141200-add-phone-to-users.js';
