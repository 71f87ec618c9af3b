CREATE OR REPLACE VIEW repo_embedding_job_stats_summary AS
WITH latest AS (
    SELECT DISTINCT ON (repo_id) repo_id, id, state, finished_at
      FROM repo_embedding_jobs
     ORDER BY repo_id, queued_at DESC
)
SELECT l.repo_id,
       l.state,
       s.code_indexed_files,
       s.text_indexed_files,
       COALESCE(s.code_bytes_embedded, 0) + COALESCE(s.text_bytes_embedded, 0) AS total_bytes_embedded,
       l.finished_at - l.finished_at::date AS time_of_day,
       CASE
           WHEN l.state = 'completed' THEN 'ok'
           WHEN l.state IN ('errored', 'failed') THEN 'error'
           ELSE 'pending'
       END AS health
  FROM latest l
  LEFT JOIN repo_embedding_job_stats s ON s.job_id = l.id;
