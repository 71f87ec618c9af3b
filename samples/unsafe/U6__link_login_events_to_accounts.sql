-- The login events removed by V6's TRUNCATE are gone for good.
ALTER TABLE login_events DROP CONSTRAINT login_events_account_id_fkey;
