-- Up Migration
ALTER TABLE "users"
  ADD "email" text,
  ADD "email_verified" boolean DEFAULT false NOT NULL;
CREATE UNIQUE INDEX "users_lower_email_unique_index" ON "users" (lower(email));

-- Down Migration
DROP INDEX "users_lower_email_unique_index";
ALTER TABLE "users"
  DROP "email",
  DROP "email_verified";
