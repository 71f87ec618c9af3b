ALTER TABLE "messages" ADD COLUMN "edited_at" timestamp(0), ADD COLUMN "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL, ALTER COLUMN "body" TYPE varchar(4000);
ALTER TABLE "rooms" DROP COLUMN "topic";
