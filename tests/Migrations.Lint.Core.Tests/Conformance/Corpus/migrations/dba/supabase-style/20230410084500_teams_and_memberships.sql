create type public.team_role as enum ('owner', 'admin', 'member', 'viewer');

create table public.teams (
  id uuid primary key default extensions.uuid_generate_v4(),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,38}$'),
  name text not null,
  created_by uuid not null references auth.users (id),
  created_at timestamptz not null default now()
);

create table public.team_members (
  team_id uuid not null references public.teams (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.team_role not null default 'member',
  joined_at timestamptz not null default now(),
  primary key (team_id, user_id)
);

-- SECURITY DEFINER helper used inside policies: a policy on team_members that
-- queried team_members directly would recurse.
create or replace function public.is_team_member(_team_id uuid, _min_role public.team_role default 'viewer')
returns boolean
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select exists (
    select 1
      from public.team_members tm
     where tm.team_id = _team_id
       and tm.user_id = auth.uid()
       and tm.role <= _min_role
  );
$$;

revoke all on function public.is_team_member(uuid, public.team_role) from public;
grant execute on function public.is_team_member(uuid, public.team_role) to authenticated;

alter table public.teams enable row level security;
alter table public.team_members enable row level security;

create policy "members can read their teams"
  on public.teams for select
  to authenticated
  using (public.is_team_member(id));

create policy "owners can update team"
  on public.teams for update
  to authenticated
  using (public.is_team_member(id, 'owner'))
  with check (public.is_team_member(id, 'owner'));

create policy "members can see co-members"
  on public.team_members for select
  to authenticated
  using (public.is_team_member(team_id));

create policy "admins manage members"
  on public.team_members for all
  to authenticated
  using (public.is_team_member(team_id, 'admin'));
