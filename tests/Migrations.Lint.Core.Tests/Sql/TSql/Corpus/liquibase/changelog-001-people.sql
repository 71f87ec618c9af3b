--liquibase formatted sql

--changeset jdoe:001-create-people
CREATE TABLE people (
    id INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    given_name NVARCHAR(100) NOT NULL,
    family_name NVARCHAR(100) NOT NULL,
    born_on DATE NULL
);
--rollback DROP TABLE people;

--changeset jdoe:002-index-people-name
CREATE INDEX ix_people_family_given ON people (family_name, given_name);
--rollback DROP INDEX ix_people_family_given ON people;
