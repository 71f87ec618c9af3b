DROP TABLE IF EXISTS own_signal_configurations;
