-- migrate:up
alter table projects rename column archived to is_archived;
alter table projects alter column name type varchar(120);
drop index if exists projects_account_id_idx;
create index projects_account_id_idx on projects (account_id) where not is_archived;

-- migrate:down
drop index if exists projects_account_id_idx;
alter table projects alter column name type text;
alter table projects rename column is_archived to archived;
create index projects_account_id_idx on projects (account_id) where not archived;
