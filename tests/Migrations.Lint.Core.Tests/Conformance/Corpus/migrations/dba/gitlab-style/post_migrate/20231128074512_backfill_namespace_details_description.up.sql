-- Batched backfill: each batch commits on its own, so the DO block must run
-- outside an explicit transaction (COMMIT inside DO is allowed since PG11).
DO $$
DECLARE
  batch_size   constant integer := 5000;
  min_id       bigint;
  max_id       bigint;
  current_id   bigint;
  rows_updated bigint := 0;
BEGIN
  SELECT min(namespace_id), max(namespace_id) INTO min_id, max_id FROM namespace_details;

  IF min_id IS NULL THEN
    RAISE NOTICE 'namespace_details is empty, nothing to backfill';
    RETURN;
  END IF;

  current_id := min_id;
  WHILE current_id <= max_id LOOP
    UPDATE namespace_details AS nd
       SET description      = n.description,
           description_html = n.description_html
      FROM namespaces AS n
     WHERE n.id = nd.namespace_id
       AND nd.namespace_id >= current_id
       AND nd.namespace_id <  current_id + batch_size
       AND nd.description IS NULL;

    GET DIAGNOSTICS rows_updated = ROW_COUNT;
    RAISE NOTICE 'batch starting at % updated % rows', current_id, rows_updated;

    current_id := current_id + batch_size;
    COMMIT;
    PERFORM pg_sleep(0.1);
  END LOOP;
END
$$;
