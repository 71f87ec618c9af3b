ALTER TABLE "rooms" RENAME TO "channels";
ALTER TABLE "messages" RENAME "room_id" TO "channel_id";
ALTER INDEX "rooms_name_index" RENAME TO "channels_name_index";
ALTER TABLE "channels" RENAME CONSTRAINT "rooms_owner_id_fkey" TO "channels_owner_id_fkey";
UPDATE "channels" SET "name" = lower("name") WHERE "name" <> lower("name");
