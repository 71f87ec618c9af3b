REFRESH MATERIALIZED VIEW repo_statistics_by_status WITH NO DATA;
