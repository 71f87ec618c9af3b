ALTER TABLE blocks RENAME TO account_blocks;
ALTER SEQUENCE blocks_id_seq RENAME TO account_blocks_id_seq;
ALTER INDEX index_blocks_on_account_id_and_target_account_id RENAME TO index_account_blocks_on_account_id_and_target_account_id;
ALTER INDEX index_blocks_on_target_account_id RENAME TO index_account_blocks_on_target_account_id;
ALTER TABLE account_blocks RENAME CONSTRAINT fk_4269e03e65 TO fk_account_blocks_account_id;
-- Compatibility view so old workers keep running during the deploy.
CREATE VIEW blocks AS SELECT * FROM account_blocks;
