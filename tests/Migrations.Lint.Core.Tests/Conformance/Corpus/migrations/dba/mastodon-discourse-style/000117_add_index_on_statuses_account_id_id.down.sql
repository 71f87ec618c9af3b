CREATE INDEX CONCURRENTLY index_statuses_on_account_id ON statuses (account_id);
DROP INDEX CONCURRENTLY index_statuses_on_account_id_and_id;
