alter table product add column description text;
alter table product add column attributes jsonb not null default '{}'::jsonb;
alter table product add column tags varchar(40)[] not null default '{}';
alter table product alter column name set not null;
alter table product alter column price type numeric(12,2);
alter table product add constraint ck_product_price_positive check (price > 0);
