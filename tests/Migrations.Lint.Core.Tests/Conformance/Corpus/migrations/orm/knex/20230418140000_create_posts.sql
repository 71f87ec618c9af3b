create table "posts" ("id" bigserial primary key, "user_id" integer not null, "title" varchar(255) not null, "body" text, "status" text check ("status" in ('draft', 'published', 'archived')) not null default 'draft', "published_at" timestamptz, "created_at" timestamptz not null default CURRENT_TIMESTAMP, "updated_at" timestamptz not null default CURRENT_TIMESTAMP);
alter table "posts" add constraint "posts_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete CASCADE;
create index "posts_user_id_index" on "posts" ("user_id");
create index "posts_status_published_at_index" on "posts" ("status", "published_at");
