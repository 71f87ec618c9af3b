create extension if not exists moddatetime schema extensions;

create trigger handle_updated_at before update on public.profiles
  for each row execute procedure moddatetime (updated_at);

create trigger handle_updated_at before update on public.teams
  for each row execute procedure extensions.moddatetime (updated_at);

-- Audit every write on orders into a separate schema.
create schema if not exists audit;

create table if not exists audit.record_version (
  id bigserial primary key,
  record_id uuid,
  op text not null check (op in ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')),
  ts timestamptz not null default now(),
  table_oid oid not null,
  table_schema name not null,
  table_name name not null,
  record jsonb,
  old_record jsonb
);

create or replace function audit.insert_update_delete_trigger()
  returns trigger
  security definer
  language plpgsql
as $$
begin
  insert into audit.record_version (op, table_oid, table_schema, table_name, record, old_record)
  values (
    tg_op,
    tg_relid,
    tg_table_schema,
    tg_table_name,
    case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end,
    case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end
  );
  return coalesce(new, old);
end;
$$;

create trigger audit_i_u_d
  after insert or update or delete on public.orders
  for each row execute function audit.insert_update_delete_trigger();

create trigger audit_t
  after truncate on public.orders
  for each statement execute function audit.insert_update_delete_trigger();
