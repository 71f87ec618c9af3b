START TRANSACTION;
SELECT order_id FROM oms.orders WHERE order_id = 4711 FOR UPDATE SKIP LOCKED;
UPDATE oms.orders SET status = 'paid' WHERE order_id = 4711 AND status = 'pending_payment';
-- Verified by hand; the second statement was a mistake, so abort.
ABORT;
BEGIN WORK;
UPDATE oms.orders SET status = 'paid' WHERE order_id = 4711;
COMMIT WORK;
