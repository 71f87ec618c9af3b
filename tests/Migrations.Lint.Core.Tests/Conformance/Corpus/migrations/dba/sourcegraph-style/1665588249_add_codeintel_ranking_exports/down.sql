DROP TABLE IF EXISTS codeintel_ranking_exports;
