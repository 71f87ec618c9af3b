-- Lock down the public schema: nothing for anon unless a policy allows it.
revoke all on schema public from public;
revoke all on all tables in schema public from anon;
revoke execute on all functions in schema public from public, anon;

grant usage on schema public to anon, authenticated, service_role;
grant select, insert, update, delete on all tables in schema public to authenticated;
grant all privileges on all tables in schema public to service_role;
grant usage, select on all sequences in schema public to authenticated, service_role;

alter default privileges for role postgres in schema public
    grant select, insert, update, delete on tables to authenticated;
alter default privileges for role postgres in schema public
    revoke execute on functions from public;

grant select (id, username, avatar_url) on public.profiles to anon;
revoke update (id) on public.profiles from authenticated;
