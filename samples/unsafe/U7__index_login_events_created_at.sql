DROP INDEX CONCURRENTLY IF EXISTS login_events_created_at_idx;
