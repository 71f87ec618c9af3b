ALTER TABLE "users" ADD "role" integer DEFAULT 0 NOT NULL;
ALTER TABLE "users" ADD "sign_in_count" integer DEFAULT 0 NOT NULL;
