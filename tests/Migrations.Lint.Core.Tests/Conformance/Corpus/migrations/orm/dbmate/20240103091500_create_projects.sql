-- migrate:up
create table projects (
  id bigint generated always as identity primary key,
  account_id uuid not null references accounts (id) on delete cascade,
  name text not null,
  archived boolean not null default false,
  settings jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  unique (account_id, name)
);

create index projects_account_id_idx on projects (account_id) where not archived;

-- migrate:down
drop table projects;
