ALTER TABLE "photo" DROP COLUMN "views";
ALTER TABLE "photo" ADD "views" bigint NOT NULL DEFAULT '0';
ALTER TABLE "user" ALTER COLUMN "firstName" TYPE character varying(100);
ALTER TABLE "user" ALTER COLUMN "lastName" DROP NOT NULL;
