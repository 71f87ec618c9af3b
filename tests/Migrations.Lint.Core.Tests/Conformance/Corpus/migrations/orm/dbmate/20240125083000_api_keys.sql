-- migrate:up
create extension if not exists pgcrypto;

create table api_keys (
  id uuid primary key default gen_random_uuid(),
  project_id bigint not null,
  prefix char(8) not null,
  secret_hash text not null,
  scopes text[] not null default array['read']::text[],
  last_used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);

alter table api_keys add constraint api_keys_project_id_fkey
  foreign key (project_id) references projects (id) on delete cascade;

create unique index api_keys_prefix_idx on api_keys (prefix) where revoked_at is null;

comment on column api_keys.secret_hash is 'crypt(secret, gen_salt(''bf''))';

-- migrate:down
drop table api_keys;
