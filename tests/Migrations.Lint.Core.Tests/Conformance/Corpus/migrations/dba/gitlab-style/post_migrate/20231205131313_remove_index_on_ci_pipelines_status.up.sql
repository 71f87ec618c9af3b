DROP INDEX CONCURRENTLY IF EXISTS index_ci_pipelines_on_status;
