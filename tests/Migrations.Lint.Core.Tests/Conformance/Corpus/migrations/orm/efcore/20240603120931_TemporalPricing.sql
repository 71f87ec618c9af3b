START TRANSACTION;

CREATE TABLE "PriceHistory" (
    "ProductId" uuid NOT NULL,
    "ValidFrom" timestamp with time zone NOT NULL,
    "ValidTo" timestamp with time zone,
    "Price" numeric(12,2) NOT NULL,
    CONSTRAINT "PK_PriceHistory" PRIMARY KEY ("ProductId", "ValidFrom"),
    CONSTRAINT "FK_PriceHistory_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
);

INSERT INTO "PriceHistory" ("ProductId", "ValidFrom", "Price")
SELECT p."Id", now(), p."Price"
FROM "Products" AS p
ON CONFLICT DO NOTHING;

ALTER TABLE "Products" DROP COLUMN "Price";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240603120931_TemporalPricing', '8.0.6');

COMMIT;

