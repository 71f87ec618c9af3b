START TRANSACTION;

CREATE TYPE sales.order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');

ALTER TABLE sales."Orders" ADD "Status" sales.order_status NOT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20231127103310_AddOrderStatus', '8.0.0');

COMMIT;

