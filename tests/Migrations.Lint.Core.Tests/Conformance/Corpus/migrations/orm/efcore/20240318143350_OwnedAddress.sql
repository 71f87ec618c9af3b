START TRANSACTION;

ALTER TABLE sales."Customers" ADD "ShippingAddress_City" character varying(100);

ALTER TABLE sales."Customers" ADD "ShippingAddress_Country" character varying(2);

ALTER TABLE sales."Customers" ADD "ShippingAddress_Line1" character varying(200);

ALTER TABLE sales."Customers" ADD "ShippingAddress_PostalCode" character varying(20);

UPDATE sales."Customers" SET "ShippingAddress_Country" = 'DE'
WHERE "ShippingAddress_Country" IS NULL AND "Email" LIKE '%.de';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240318143350_OwnedAddress', '8.0.3');

COMMIT;

