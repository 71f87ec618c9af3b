-- migrate:up
create table accounts (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  billing_email text,
  created_at timestamptz not null default now()
);

-- migrate:down
drop table accounts;
