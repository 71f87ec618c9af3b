-- Built concurrently: statuses has ~1.2B rows on mastodon.social.
CREATE INDEX CONCURRENTLY index_statuses_on_account_id_and_id ON statuses (account_id, id DESC);
DROP INDEX CONCURRENTLY IF EXISTS index_statuses_on_account_id;
