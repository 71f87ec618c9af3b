DROP TABLE IF EXISTS lsif_data_documentation_pages;
DROP TABLE IF EXISTS lsif_data_documentation_path_info;
DROP TABLE IF EXISTS lsif_data_documentation_mappings;
DROP TABLE IF EXISTS lsif_data_documentation_search_public, lsif_data_documentation_search_private CASCADE;
DROP FUNCTION IF EXISTS lsif_data_documentation_pages_insert();
DROP FUNCTION IF EXISTS lsif_data_documentation_pages_update();
DROP FUNCTION IF EXISTS lsif_data_documentation_pages_delete();
