DROP INDEX orders_customer_idx;
DROP INDEX IF EXISTS orders_customer_idx;
DROP INDEX CONCURRENTLY orders_created_idx;
DROP INDEX CONCURRENTLY IF EXISTS public.orders_created_idx;
DROP INDEX a_idx, b_idx CASCADE;
DROP INDEX IF EXISTS c_idx RESTRICT;
