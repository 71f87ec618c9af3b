ALTER TABLE measurements DETACH PARTITION measurements_2024_01 CONCURRENTLY;
DROP TABLE measurements_2024_01;

-- Archive instead of dropping.
ALTER TABLE vehicle_positions DETACH PARTITION vehicle_positions_p2024w01;
ALTER TABLE vehicle_positions_p2024w01 SET SCHEMA archive;
ALTER TABLE archive.vehicle_positions_p2024w01 SET (autovacuum_enabled = false, toast.autovacuum_enabled = false);
