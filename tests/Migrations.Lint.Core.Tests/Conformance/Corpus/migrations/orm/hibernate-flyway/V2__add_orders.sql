create sequence orders_seq start with 1 increment by 50;

create sequence order_line_seq start with 1 increment by 50;

create table orders (
    id bigint not null,
    customer_id bigint not null,
    placed_at timestamp(6) with time zone not null,
    status varchar(255) not null check (status in ('NEW','PAID','SHIPPED','CANCELLED')),
    total numeric(38,2),
    primary key (id)
);

create table order_line (
    id bigint not null,
    order_id bigint not null,
    product_id bigint not null,
    quantity integer not null,
    unit_price numeric(38,2) not null,
    primary key (id)
);

alter table if exists orders
   add constraint FK624gtjin3po807j3vix093tlf
   foreign key (customer_id)
   references customer;

alter table if exists order_line
   add constraint FKk9f9t1tmkbq5w27u8rrjbxxg6
   foreign key (order_id)
   references orders;

alter table if exists order_line
   add constraint FKpf904tci8garypkvm32cqupye
   foreign key (product_id)
   references product;
