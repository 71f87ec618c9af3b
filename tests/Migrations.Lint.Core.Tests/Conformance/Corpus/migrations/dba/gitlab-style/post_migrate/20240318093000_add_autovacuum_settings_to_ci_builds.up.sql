ALTER TABLE ci_builds SET (
    autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_analyze_scale_factor = 0.005,
    autovacuum_vacuum_cost_limit = 2000,
    fillfactor = 90
);
ALTER TABLE ci_builds RESET (autovacuum_vacuum_insert_threshold);
