-- down migration of 1697011223344-Orders, as logged by typeorm migration:revert
ALTER TABLE "order" DROP CONSTRAINT "FK_124456e637cca7a415897dce659";
DROP INDEX "public"."IDX_7a9573d6a1fb982772a9123320";
DROP INDEX "public"."IDX_124456e637cca7a415897dce65";
DROP TABLE "order";
DROP TYPE "public"."order_status_enum";
DELETE FROM "migrations" WHERE "timestamp" = $1 AND "name" = $2;
