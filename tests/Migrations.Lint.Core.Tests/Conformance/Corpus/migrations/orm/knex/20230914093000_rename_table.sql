alter table "subscriptions" rename to "plans";
alter table "plans" rename constraint "subscriptions_pkey" to "plans_pkey";
alter table "plans" drop constraint "subscriptions_dates_check";
drop type if exists "legacy_status";
