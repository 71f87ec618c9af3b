create extension if not exists "pgcrypto";
create type "subscription_tier" as enum ('free', 'pro', 'enterprise');
create table "subscriptions" ("id" uuid default gen_random_uuid(), "user_id" integer not null, "tier" "subscription_tier" not null default 'free', "seats" integer not null default '1', "metadata" jsonb not null default '{}', "starts_at" date not null, "ends_at" date, constraint "subscriptions_pkey" primary key ("id"));
alter table "subscriptions" add constraint "subscriptions_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete RESTRICT on update CASCADE;
alter table "subscriptions" add constraint "subscriptions_dates_check" check (ends_at is null or ends_at > starts_at);
