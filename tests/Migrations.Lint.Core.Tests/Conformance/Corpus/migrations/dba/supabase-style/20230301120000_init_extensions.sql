create schema if not exists extensions;
grant usage on schema extensions to anon, authenticated, service_role;

create extension if not exists "uuid-ossp"      with schema extensions;
create extension if not exists pgcrypto         with schema extensions;
create extension if not exists pg_stat_statements with schema extensions;
create extension if not exists pg_trgm          with schema extensions version '1.6';
create extension if not exists pg_cron;

alter default privileges in schema extensions grant all on tables to postgres, service_role;
alter default privileges in schema extensions grant all on functions to postgres, service_role;
