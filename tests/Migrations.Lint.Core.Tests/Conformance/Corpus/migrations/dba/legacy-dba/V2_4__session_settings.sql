SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ WRITE;
SET search_path = oms, "$user", public;
SET TIME ZONE 'Europe/Berlin';
SET datestyle TO ISO, DMY;
SET application_name = 'flyway: V2_4';
SET maintenance_work_mem TO '2GB';
SET SESSION statement_timeout = 600000;

START TRANSACTION ISOLATION LEVEL REPEATABLE READ;
SET LOCAL work_mem = '256MB';
SET LOCAL lock_timeout = 0;
SET TRANSACTION READ WRITE;
UPDATE oms.orders SET vat_rate = 0.07 WHERE ordered_at >= TIMESTAMP WITH TIME ZONE '2020-07-01 00:00:00+02' AND ordered_at < TIMESTAMPTZ '2021-01-01 00:00:00+01';
END;

RESET statement_timeout;
RESET maintenance_work_mem;
SET TIME ZONE LOCAL;
RESET ALL;
