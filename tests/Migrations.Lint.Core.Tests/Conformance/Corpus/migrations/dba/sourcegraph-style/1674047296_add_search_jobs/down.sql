DROP TABLE IF EXISTS exhaustive_search_repo_jobs;
DROP TABLE IF EXISTS exhaustive_search_jobs;
