-- Flyway Teams undo migration for V2
alter table if exists order_line drop constraint if exists FKpf904tci8garypkvm32cqupye;
alter table if exists order_line drop constraint if exists FKk9f9t1tmkbq5w27u8rrjbxxg6;
alter table if exists orders drop constraint if exists FK624gtjin3po807j3vix093tlf;
drop table if exists order_line cascade;
drop table if exists orders cascade;
drop sequence if exists order_line_seq;
drop sequence if exists orders_seq;
