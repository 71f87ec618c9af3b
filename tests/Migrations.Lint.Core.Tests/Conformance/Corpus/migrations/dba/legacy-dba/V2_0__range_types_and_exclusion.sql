BEGIN;

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE oms.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);

CREATE TABLE oms.room_bookings (
    booking_id  integer GENERATED ALWAYS AS IDENTITY,
    room        text NOT NULL,
    during      tstzrange NOT NULL,
    temperature oms.floatrange,
    booked_by   integer REFERENCES oms.customers ON DELETE SET NULL,
    CONSTRAINT room_bookings_pkey PRIMARY KEY (booking_id),
    CONSTRAINT room_bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (booked_by IS NOT NULL),
    CONSTRAINT room_bookings_bounded CHECK (NOT (lower_inf(during) OR upper_inf(during)))
);

INSERT INTO oms.room_bookings (room, during, temperature, booked_by) VALUES
    ('A-101', '[2024-03-01 09:00+01, 2024-03-01 11:00+01)', '[19.5,21.0]', 1000),
    ('A-101', tstzrange('2024-03-01 11:00+01', '2024-03-01 12:30+01'), oms.floatrange(18, 20, '(]'), 1001);

ALTER TABLE oms.room_bookings
    ADD CONSTRAINT room_bookings_one_per_customer_day
    EXCLUDE USING gist (booked_by WITH =, tstzrange(date_trunc('day', lower(during)), date_trunc('day', lower(during)) + interval '1 day') WITH &&)
    DEFERRABLE INITIALLY DEFERRED;

COMMIT;
