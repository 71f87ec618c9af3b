create table "tags" ("id" serial primary key, "name" varchar(64) not null);
create unique index "tags_lower_name_unique" on "tags" (lower(name));
create table "post_tags" ("post_id" bigint not null, "tag_id" integer not null, constraint "post_tags_pkey" primary key ("post_id", "tag_id"));
alter table "post_tags" add constraint "post_tags_post_id_foreign" foreign key ("post_id") references "posts" ("id") on delete CASCADE;
alter table "post_tags" add constraint "post_tags_tag_id_foreign" foreign key ("tag_id") references "tags" ("id") on delete CASCADE;
create index "post_tags_tag_id_index" on "post_tags" ("tag_id");
