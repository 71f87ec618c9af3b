-- migrate:up
create schema if not exists reporting;
grant usage on schema reporting to reporting_ro;
create view reporting.active_projects as
  select p.id, p.name, a.name as account_name, a.plan
    from projects p
    join accounts a on a.id = p.account_id
   where not p.is_archived;
alter default privileges in schema reporting grant select on tables to reporting_ro;

-- migrate:down
drop view reporting.active_projects;
drop schema reporting;
