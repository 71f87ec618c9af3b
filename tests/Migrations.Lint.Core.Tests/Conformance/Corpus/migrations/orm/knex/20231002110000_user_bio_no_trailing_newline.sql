alter table "users" add column "bio" text;
alter table "users" add column "website" varchar(255);
update "users" set "bio" = E'Hello!\nI\x27m new here \u00e9\t\u2603' where "bio" is null;