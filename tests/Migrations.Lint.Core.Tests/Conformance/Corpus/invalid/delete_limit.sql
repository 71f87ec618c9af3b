-- Nor has DELETE.
DELETE FROM orders WHERE status = 'old' LIMIT 1000;
