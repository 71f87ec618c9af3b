CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE "users" ("id" bigserial, "email" citext NOT NULL, "hashed_password" varchar(255) NOT NULL, "confirmed_at" timestamp(0), "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "users_email_index" ON "users" ("email");
CREATE TABLE "users_tokens" ("id" bigserial, "user_id" bigint NOT NULL CONSTRAINT "users_tokens_user_id_fkey" REFERENCES "users"("id") ON DELETE CASCADE, "token" bytea NOT NULL, "context" varchar(255) NOT NULL, "sent_to" varchar(255), "inserted_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX "users_tokens_user_id_index" ON "users_tokens" ("user_id");
CREATE UNIQUE INDEX "users_tokens_context_token_index" ON "users_tokens" ("context", "token");
