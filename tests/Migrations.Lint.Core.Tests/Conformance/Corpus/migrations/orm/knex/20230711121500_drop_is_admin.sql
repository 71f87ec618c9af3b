alter table "users" add column "roles" text[] not null default '{user}';
update "users" set "roles" = array['user', 'admin'] where "is_admin" = true;
alter table "users" drop column "is_admin";
