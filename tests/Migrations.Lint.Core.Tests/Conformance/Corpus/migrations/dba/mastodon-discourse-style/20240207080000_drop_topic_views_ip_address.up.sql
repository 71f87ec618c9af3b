-- Columns were ignored by the app for two releases before dropping.
ALTER TABLE topic_views DROP COLUMN IF EXISTS ip_address;
ALTER TABLE incoming_links DROP COLUMN IF EXISTS ip_address;
ALTER TABLE users DROP COLUMN IF EXISTS registration_ip_address, DROP COLUMN IF EXISTS ip_address;
DROP INDEX IF EXISTS index_topic_views_on_topic_id_and_ip_address;
