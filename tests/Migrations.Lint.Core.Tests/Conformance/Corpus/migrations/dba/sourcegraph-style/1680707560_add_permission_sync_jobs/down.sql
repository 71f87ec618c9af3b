DROP TABLE IF EXISTS permission_sync_jobs;
DROP TYPE IF EXISTS permission_sync_job_reason;
