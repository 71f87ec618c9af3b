CREATE INDEX CONCURRENTLY IF NOT EXISTS index_ci_pipelines_on_status ON ci_pipelines USING btree (status);
