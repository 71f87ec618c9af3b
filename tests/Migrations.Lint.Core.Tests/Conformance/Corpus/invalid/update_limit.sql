-- PostgreSQL's UPDATE has no LIMIT clause (MySQL has).
UPDATE orders SET status = 'closed' LIMIT 100;
