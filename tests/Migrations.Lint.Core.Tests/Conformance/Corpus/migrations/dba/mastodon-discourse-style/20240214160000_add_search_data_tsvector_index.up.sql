CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_search_post ON post_search_data USING gin (search_data);
CREATE INDEX CONCURRENTLY IF NOT EXISTS index_topics_on_lower_title_trgm ON topics USING gin (lower(title) gin_trgm_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS index_posts_on_raw_hash ON posts USING hash (raw_hash);
CREATE INDEX CONCURRENTLY IF NOT EXISTS index_posts_user_and_likes ON posts (user_id, like_count DESC, created_at DESC) INCLUDE (topic_id) WHERE post_number > 1;
