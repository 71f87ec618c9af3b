BEGIN;

SAVEPOINT before_fix;

UPDATE oms.orders
   SET status = 'cancelled'
 WHERE status = 'new'
   AND ordered_at < now() - interval '1 year';

-- Sanity check failed in staging once; keep the savepoint dance.
SAVEPOINT after_cancel;
DELETE FROM oms.order_lines WHERE quantity = 0;
ROLLBACK TO SAVEPOINT after_cancel;

RELEASE SAVEPOINT before_fix;

COMMIT;
