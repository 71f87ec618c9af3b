DROP TABLE IF EXISTS event_logs_scrape_state;
