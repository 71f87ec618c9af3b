INSERT INTO orders (customer_id, total) VALUES (1, 10), (2, 20);
INSERT INTO orders DEFAULT VALUES;
INSERT INTO orders SELECT * FROM orders_backup;
INSERT INTO orders AS o (id, total) VALUES (1, 5)
  ON CONFLICT (id) DO UPDATE SET total = o.total + excluded.total WHERE o.total < 100;
INSERT INTO orders (id) VALUES (1) ON CONFLICT ON CONSTRAINT orders_pkey DO NOTHING;
INSERT INTO orders (id) OVERRIDING SYSTEM VALUE VALUES (7) RETURNING id, total;
WITH moved AS (DELETE FROM orders WHERE status = 'old' RETURNING *)
INSERT INTO orders_archive SELECT * FROM moved;
UPDATE orders SET status = 'closed';
UPDATE orders SET status = 'closed', total = total * 1.1 WHERE id = 1;
UPDATE ONLY orders AS o SET (status, total) = ('x', 0) FROM customers c WHERE c.id = o.customer_id RETURNING o.id;
UPDATE orders SET (status) = (SELECT 'y') WHERE CURRENT OF order_cursor;
WITH RECURSIVE ids(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM ids WHERE n < 10)
UPDATE orders SET seq = ids.n FROM ids WHERE orders.id = ids.n;
UPDATE orders SET total = DEFAULT, note = NULL RETURNING OLD.total AS before, NEW.total AS after;
DELETE FROM orders;
DELETE FROM orders WHERE id IN (SELECT id FROM orders ORDER BY id LIMIT 1000);
DELETE FROM ONLY orders o USING customers c WHERE c.id = o.customer_id AND c.banned RETURNING o.*;
WITH stale AS (SELECT id FROM orders WHERE created_at < now() - interval '1 year')
DELETE FROM orders WHERE id IN (SELECT id FROM stale);
SELECT * FROM orders;
SELECT DISTINCT ON (customer_id) * FROM orders ORDER BY customer_id, created_at DESC LIMIT 10 OFFSET 5;
SELECT 1 UNION SELECT 2 INTERSECT SELECT 3 EXCEPT SELECT 4;
(SELECT 1) UNION ALL (SELECT 2);
VALUES (1, 'a'), (2, 'b');
TABLE orders;
SELECT count(*) FILTER (WHERE status = 'open') OVER (PARTITION BY customer_id ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM orders;
SELECT * FROM orders FOR UPDATE SKIP LOCKED;
SELECT CASE WHEN total > 0 THEN 'pos' ELSE 'neg' END FROM orders;
MERGE INTO orders o USING incoming i ON o.id = i.id
  WHEN MATCHED AND i.deleted THEN DELETE
  WHEN MATCHED THEN UPDATE SET total = i.total
  WHEN NOT MATCHED BY SOURCE THEN DO NOTHING
  WHEN NOT MATCHED THEN INSERT (id, total) VALUES (i.id, i.total)
  RETURNING merge_action(), o.id;
COPY orders FROM STDIN WITH (FORMAT csv);
COPY (SELECT * FROM orders) TO '/tmp/orders.csv' CSV HEADER;
