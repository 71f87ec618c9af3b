create table "users" ("id" serial primary key, "email" varchar(255) not null, "password_hash" varchar(255) not null, "name" varchar(255), "is_admin" boolean not null default '0', "created_at" timestamptz not null default CURRENT_TIMESTAMP, "updated_at" timestamptz not null default CURRENT_TIMESTAMP);
alter table "users" add constraint "users_email_unique" unique ("email");
comment on column "users"."password_hash" is 'bcrypt hash, never the plain password';
