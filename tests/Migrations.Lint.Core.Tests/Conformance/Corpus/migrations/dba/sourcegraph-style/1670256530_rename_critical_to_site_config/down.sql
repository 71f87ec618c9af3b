ALTER SEQUENCE IF EXISTS site_config_versions_id_seq RENAME TO critical_and_site_config_id_seq;
ALTER INDEX IF EXISTS site_config_versions_pkey RENAME TO critical_and_site_config_pkey;
ALTER TABLE IF EXISTS site_config_versions RENAME COLUMN raw_contents TO contents;
ALTER TABLE IF EXISTS site_config_versions RENAME TO critical_and_site_config;
