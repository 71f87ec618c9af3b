ALTER TABLE "posts" ADD CONSTRAINT posts_status_check CHECK (status IN ('draft', 'review', 'published')) NOT VALID;
ALTER TABLE "posts" VALIDATE CONSTRAINT "posts_status_check";
ALTER TABLE "users" ADD CONSTRAINT "users_sign_in_count_non_negative" CHECK (sign_in_count >= 0);
