-- migrate:up
create table usage_daily (
  project_id bigint not null references projects (id),
  day date not null,
  requests bigint not null default 0,
  bytes_out bigint not null default 0,
  primary key (project_id, day)
);

create or replace function bump_usage(p_project bigint, p_bytes bigint)
returns void
language plpgsql
as $$
begin
  insert into usage_daily as u (project_id, day, requests, bytes_out)
  values (p_project, current_date, 1, p_bytes)
  on conflict (project_id, day)
  do update set requests = u.requests + 1,
                bytes_out = u.bytes_out + excluded.bytes_out;
end;
$$;

-- migrate:down
drop function if exists bump_usage(bigint, bigint);
drop table if exists usage_daily;
