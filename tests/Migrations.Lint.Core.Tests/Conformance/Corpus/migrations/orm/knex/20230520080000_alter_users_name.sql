alter table "users" alter column "name" drop default;
alter table "users" alter column "name" drop not null;
alter table "users" alter column "name" type varchar(100) using ("name"::varchar(100));
alter table "users" add column "last_seen_at" timestamptz;
alter table "users" add column "locale" varchar(10) not null default 'en';
