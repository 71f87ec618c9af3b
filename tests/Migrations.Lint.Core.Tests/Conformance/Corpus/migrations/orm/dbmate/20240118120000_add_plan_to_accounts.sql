-- migrate:up
create type plan as enum ('starter', 'team', 'business');
alter table accounts add column plan plan not null default 'starter';
alter table accounts add column seats int not null default 1 check (seats > 0);

-- migrate:down
alter table accounts drop column seats;
alter table accounts drop column plan;
drop type plan;
