CREATE SCHEMA IF NOT EXISTS partman;
CREATE EXTENSION IF NOT EXISTS pg_partman SCHEMA partman;

SELECT partman.create_parent(
    p_parent_table := 'public.api_requests',
    p_control := 'requested_at',
    p_interval := '1 day',
    p_premake := 7
);

UPDATE partman.part_config
   SET retention = '30 days',
       retention_keep_table = false,
       infinite_time_partitions = true
 WHERE parent_table = 'public.api_requests';

SELECT cron.schedule('partman-maintenance', '@hourly', $$CALL partman.run_maintenance_proc()$$);
