-- migrate:up transaction:false
create index concurrently if not exists projects_created_at_idx on projects (created_at);

-- migrate:down transaction:false
drop index concurrently if exists projects_created_at_idx;
