BEGIN;
DECLARE big_orders NO SCROLL CURSOR WITH HOLD FOR
    SELECT order_id, gross_amount FROM oms.orders WHERE gross_amount > 10000 ORDER BY order_id;
FETCH FORWARD 100 FROM big_orders;
MOVE ABSOLUTE 0 IN big_orders;
COMMIT;
CLOSE big_orders;

PREPARE cancel_order (bigint, text) AS
    UPDATE oms.orders SET status = 'cancelled', customer_note = $2 WHERE order_id = $1;
EXECUTE cancel_order(4711, 'duplicate order');
DEALLOCATE PREPARE cancel_order;
DEALLOCATE ALL;

LISTEN order_shipped;
NOTIFY order_shipped, '{"order_id": 4711}';
SELECT pg_notify('order_shipped', json_build_object('order_id', 4712)::text);
UNLISTEN *;

EXPLAIN (ANALYZE false, COSTS true, FORMAT json) SELECT * FROM oms.orders WHERE customer_id = 1000;
DISCARD ALL;
