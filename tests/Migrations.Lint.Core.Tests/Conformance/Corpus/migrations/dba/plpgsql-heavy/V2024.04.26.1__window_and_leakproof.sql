CREATE OR REPLACE FUNCTION security.mask_email(email text)
RETURNS text
LANGUAGE sql
IMMUTABLE
LEAKPROOF
STRICT
PARALLEL SAFE
RETURN regexp_replace(email, '^(.).*(@.*)$', '\1***\2');

CREATE OR REPLACE FUNCTION security.current_tenant()
RETURNS uuid
LANGUAGE sql
STABLE
SET search_path FROM CURRENT
RETURN NULLIF(current_setting('app.tenant_id', true), '')::uuid;

ALTER FUNCTION security.mask_email(text) SECURITY INVOKER;
ALTER FUNCTION security.current_tenant() COST 1 SET statement_timeout = '1s';
ALTER FUNCTION security.current_tenant() RESET statement_timeout;
ALTER FUNCTION security.current_tenant() RENAME TO tenant_id;
ALTER FUNCTION security.tenant_id() SET SCHEMA public;
ALTER ROUTINE public.tenant_id() IMMUTABLE;
