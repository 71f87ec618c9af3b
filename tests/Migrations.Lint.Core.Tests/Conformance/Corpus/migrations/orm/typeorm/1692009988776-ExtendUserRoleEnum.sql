ALTER TYPE "public"."user_role_enum" RENAME TO "user_role_enum_old";
CREATE TYPE "public"."user_role_enum" AS ENUM('admin', 'editor', 'author', 'ghost');
ALTER TABLE "user" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "user" ALTER COLUMN "role" TYPE "public"."user_role_enum" USING "role"::"text"::"public"."user_role_enum";
ALTER TABLE "user" ALTER COLUMN "role" SET DEFAULT 'ghost';
DROP TYPE "public"."user_role_enum_old";
