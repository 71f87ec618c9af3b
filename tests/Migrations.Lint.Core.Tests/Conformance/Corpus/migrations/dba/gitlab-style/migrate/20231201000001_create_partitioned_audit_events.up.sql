CREATE TABLE audit_events_part (
    id bigint NOT NULL,
    author_id integer NOT NULL,
    entity_id integer NOT NULL,
    entity_type character varying NOT NULL,
    details text,
    ip_address inet,
    author_name text,
    entity_path text,
    target_details text,
    created_at timestamp with time zone NOT NULL,
    target_type text,
    target_id bigint,
    CONSTRAINT check_492aaa021d CHECK ((char_length(entity_path) <= 5500)),
    CONSTRAINT check_83ff8406e2 CHECK ((char_length(author_name) <= 255)),
    CONSTRAINT check_97a8c868e7 CHECK ((char_length(target_type) <= 255)),
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

CREATE SEQUENCE audit_events_part_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
    OWNED BY audit_events_part.id;

ALTER TABLE ONLY audit_events_part
    ALTER COLUMN id SET DEFAULT nextval('audit_events_part_id_seq'::regclass);

CREATE TABLE gitlab_partitions_dynamic.audit_events_part_202312
    PARTITION OF audit_events_part
    FOR VALUES FROM ('2023-12-01 00:00:00+00') TO ('2024-01-01 00:00:00+00');
CREATE TABLE gitlab_partitions_dynamic.audit_events_part_202401
    PARTITION OF audit_events_part
    FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
CREATE TABLE gitlab_partitions_dynamic.audit_events_part_000000
    PARTITION OF audit_events_part
    FOR VALUES FROM (MINVALUE) TO ('2023-12-01 00:00:00+00');

CREATE INDEX idx_audit_events_part_on_entity_id_desc_author_id_created_at
    ON ONLY audit_events_part USING btree (entity_id, entity_type, id DESC, author_id, created_at);
