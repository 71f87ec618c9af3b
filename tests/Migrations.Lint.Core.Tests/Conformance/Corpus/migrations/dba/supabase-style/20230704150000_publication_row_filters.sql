-- PG15+: publish only the columns and rows the client needs.
drop publication if exists app_changes;

create publication app_changes
  for table public.orders (id, status, customer_id, updated_at) where (status <> 'draft'),
            public.order_items
  with (publish = 'insert, update, delete', publish_via_partition_root = true);

create publication analytics_feed for tables in schema analytics;

alter publication app_changes add table only public.invoices;
alter publication app_changes drop table public.order_items;
alter publication app_changes set (publish = 'insert, update');
alter publication analytics_feed owner to supabase_admin;
