CREATE TYPE user_role AS ENUM ('member', 'moderator', 'admin');
ALTER TABLE "users" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "users" ALTER COLUMN "role" TYPE user_role USING (CASE role WHEN 2 THEN 'admin' WHEN 1 THEN 'moderator' ELSE 'member' END)::user_role;
ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'member';
