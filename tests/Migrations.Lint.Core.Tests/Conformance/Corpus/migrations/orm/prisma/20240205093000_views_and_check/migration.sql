-- Prisma does not model CHECK constraints or views; added manually with --create-only.

ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_quantity_check" CHECK ("quantity" > 0);

CREATE VIEW "UserOrderTotals" AS
SELECT u."id" AS "userId",
       u."email",
       count(o."id") AS "orderCount",
       coalesce(sum(o."totalCents"), 0) AS "lifetimeCents"
FROM "User" u
LEFT JOIN "Order" o ON o."userId" = u."id" AND o."status" <> 'CANCELLED'
GROUP BY u."id", u."email";
