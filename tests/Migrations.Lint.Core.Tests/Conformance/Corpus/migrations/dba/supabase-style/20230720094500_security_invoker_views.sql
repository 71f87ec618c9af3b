-- Views bypass RLS by default (they run as their owner). security_invoker
-- makes them respect the caller's policies (PG15+).
create or replace view public.my_orders
with (security_invoker = on)
as
  select o.id, o.status, o.total_cents, o.created_at
    from public.orders o
   where o.customer_id = auth.uid();

create view public.public_team_directory with (security_barrier) as
  select t.slug, t.name, count(m.user_id) as member_count
    from public.teams t
    left join public.team_members m on m.team_id = t.id
   group by t.slug, t.name;

alter view public.public_team_directory set (security_invoker = true);
grant select on public.my_orders to authenticated;
revoke all on public.public_team_directory from anon;
