DROP TABLE IF EXISTS packages_build_infos;
