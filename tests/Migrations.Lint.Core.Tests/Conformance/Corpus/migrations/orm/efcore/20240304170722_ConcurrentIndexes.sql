-- Generated with Npgsql IsCreatedConcurrently(); EF emits no transaction for this migration.
CREATE INDEX CONCURRENTLY "IX_Orders_PlacedAt" ON sales."Orders" ("PlacedAt" DESC);

CREATE INDEX CONCURRENTLY "IX_Orders_Status_Pending" ON sales."Orders" ("CustomerId") WHERE "Status" = 'pending';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240304170722_ConcurrentIndexes', '8.0.2');

