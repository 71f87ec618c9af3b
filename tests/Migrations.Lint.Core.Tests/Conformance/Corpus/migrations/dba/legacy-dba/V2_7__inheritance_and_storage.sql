CREATE TABLE oms.events (
    event_id   bigint NOT NULL,
    happened_at timestamptz NOT NULL,
    payload    jsonb
) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.05);

CREATE TABLE oms.events_2019 (
    CHECK (happened_at >= '2019-01-01' AND happened_at < '2020-01-01')
) INHERITS (oms.events);

CREATE TABLE oms.events_2020 () INHERITS (oms.events) TABLESPACE slow_disks;

ALTER TABLE oms.events_2019 NO INHERIT oms.events;
ALTER TABLE oms.events_2019 INHERIT oms.events;

ALTER TABLE oms.events ALTER COLUMN payload SET STORAGE EXTERNAL;
ALTER TABLE oms.events ALTER COLUMN payload SET COMPRESSION lz4;
ALTER TABLE oms.events ALTER COLUMN happened_at SET STATISTICS 1000;
ALTER TABLE oms.events ALTER COLUMN payload SET (n_distinct = -0.5);
ALTER TABLE oms.events SET (toast_tuple_target = 4080);
ALTER TABLE oms.events RESET (fillfactor);
ALTER TABLE oms.events SET TABLESPACE fast_disks;
ALTER TABLE oms.events_2020 SET UNLOGGED;
ALTER TABLE oms.events_2020 SET LOGGED;
ALTER TABLE oms.events SET WITHOUT CLUSTER;
ALTER INDEX ALL IN TABLESPACE pg_default OWNED BY oms_owner SET TABLESPACE fast_disks NOWAIT;

CREATE STATISTICS IF NOT EXISTS oms.orders_customer_status_stats (dependencies, ndistinct, mcv)
    ON customer_id, status FROM oms.orders;
ALTER STATISTICS oms.orders_customer_status_stats SET STATISTICS 500;
