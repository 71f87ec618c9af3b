ALTER TABLE IF EXISTS critical_and_site_config RENAME TO site_config_versions;
ALTER TABLE IF EXISTS site_config_versions RENAME COLUMN contents TO raw_contents;
ALTER INDEX IF EXISTS critical_and_site_config_pkey RENAME TO site_config_versions_pkey;
ALTER SEQUENCE IF EXISTS critical_and_site_config_id_seq RENAME TO site_config_versions_id_seq;
