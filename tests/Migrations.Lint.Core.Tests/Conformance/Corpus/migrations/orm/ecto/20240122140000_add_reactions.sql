CREATE TABLE "reactions" ("message_id" bigint CONSTRAINT "reactions_message_id_fkey" REFERENCES "messages"("id") ON DELETE CASCADE, "user_id" bigint CONSTRAINT "reactions_user_id_fkey" REFERENCES "users"("id") ON DELETE CASCADE, "emoji" varchar(32) NOT NULL, "inserted_at" timestamp(0) NOT NULL, PRIMARY KEY ("message_id","user_id","emoji"));
ALTER TABLE "reactions" ADD CONSTRAINT "emoji_not_blank" CHECK (length(emoji) > 0);
COMMENT ON TABLE "reactions" IS 'One row per (message, user, emoji), e.g. 👍 or 🎉';
