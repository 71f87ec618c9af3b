-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "analytics";

-- CreateEnum
CREATE TYPE "analytics"."EventKind" AS ENUM ('PAGE_VIEW', 'CLICK', 'SIGNUP', 'PURCHASE');

-- CreateTable
CREATE TABLE "analytics"."Event" (
    "id" BIGSERIAL NOT NULL,
    "kind" "analytics"."EventKind" NOT NULL,
    "userId" INTEGER,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_kind_occurredAt_idx" ON "analytics"."Event"("kind", "occurredAt");

-- CreateIndex
CREATE INDEX "Event_occurredAt_idx" ON "analytics"."Event" USING BRIN ("occurredAt");

-- AddForeignKey
ALTER TABLE "analytics"."Event" ADD CONSTRAINT "Event_userId_fkey" FOREIGN KEY ("userId") REFERENCES "public"."User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
