DROP VIEW IF EXISTS repo_embedding_job_stats_summary;
