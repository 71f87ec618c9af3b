-- Hand-edited: prisma migrate dev generated DROP + ADD, which would lose data.
-- AlterTable
ALTER TABLE "Product" RENAME COLUMN "priceCents" TO "price";
