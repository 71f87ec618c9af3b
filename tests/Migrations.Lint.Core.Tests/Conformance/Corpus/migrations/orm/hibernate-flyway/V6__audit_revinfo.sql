-- Hibernate Envers tables
create sequence revinfo_seq start with 1 increment by 50;

create table revinfo (
    rev integer not null,
    revtstmp bigint,
    primary key (rev)
);

create table product_aud (
    id bigint not null,
    rev integer not null,
    revtype smallint check (revtype between 0 and 2),
    name varchar(255),
    price numeric(12,2),
    sku varchar(255),
    primary key (rev, id)
);

alter table if exists product_aud
   add constraint FKlhgs0e0v1gxr1u7kqu0e8cjsb
   foreign key (rev)
   references revinfo;
