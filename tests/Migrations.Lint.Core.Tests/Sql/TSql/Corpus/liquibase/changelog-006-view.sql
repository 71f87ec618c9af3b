--liquibase formatted sql

--changeset jdoe:009-people-view splitStatements:false
CREATE VIEW dbo.people_with_home
AS
SELECT p.id, p.given_name, p.family_name, a.city
FROM people p
LEFT JOIN person_address a ON a.person_id = p.id AND a.kind = 'home'
--rollback DROP VIEW dbo.people_with_home;
