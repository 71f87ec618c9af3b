CREATE TABLE "rooms" ("id" uuid, "name" varchar(255) NOT NULL, "topic" text, "private" boolean DEFAULT false NOT NULL, "owner_id" bigint CONSTRAINT "rooms_owner_id_fkey" REFERENCES "users"("id") ON DELETE SET NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "rooms_name_index" ON "rooms" ("name");
CREATE TABLE "messages" ("id" bigserial, "body" text NOT NULL, "room_id" uuid NOT NULL CONSTRAINT "messages_room_id_fkey" REFERENCES "rooms"("id") ON DELETE CASCADE, "user_id" bigint CONSTRAINT "messages_user_id_fkey" REFERENCES "users"("id") ON DELETE SET NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX "messages_room_id_inserted_at_index" ON "messages" ("room_id", "inserted_at");
CREATE INDEX "messages_user_id_index" ON "messages" ("user_id");
