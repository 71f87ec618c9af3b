-- Two-level partitioning: list by tenant region, then range by time.
CREATE TABLE sensor_events (
    region     text        NOT NULL,
    sensor_id  bigint      NOT NULL,
    event_time timestamptz NOT NULL,
    payload    jsonb       NOT NULL DEFAULT '{}'
) PARTITION BY LIST (region);

CREATE TABLE sensor_events_eu PARTITION OF sensor_events
    FOR VALUES IN ('eu-west', 'eu-central', 'eu-north')
    PARTITION BY RANGE (event_time);
CREATE TABLE sensor_events_us PARTITION OF sensor_events
    FOR VALUES IN ('us-east', 'us-west')
    PARTITION BY RANGE (event_time);
CREATE TABLE sensor_events_other PARTITION OF sensor_events DEFAULT;

CREATE TABLE sensor_events_eu_2024q1 PARTITION OF sensor_events_eu FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE sensor_events_eu_2024q2 PARTITION OF sensor_events_eu FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
CREATE TABLE sensor_events_us_2024q1 PARTITION OF sensor_events_us FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE sensor_events_us_2024q2 PARTITION OF sensor_events_us FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');

-- Hash partitions for the raw blob store.
CREATE TABLE sensor_blobs (
    sensor_id bigint NOT NULL,
    blob_id   uuid   NOT NULL,
    data      bytea,
    PRIMARY KEY (sensor_id, blob_id)
) PARTITION BY HASH (sensor_id);
CREATE TABLE sensor_blobs_0 PARTITION OF sensor_blobs FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE sensor_blobs_1 PARTITION OF sensor_blobs FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE sensor_blobs_2 PARTITION OF sensor_blobs FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE sensor_blobs_3 PARTITION OF sensor_blobs FOR VALUES WITH (MODULUS 4, REMAINDER 3);
