--liquibase formatted sql

--changeset jdoe:008-email context:prod
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT COUNT(*) FROM sys.columns WHERE object_id = OBJECT_ID('people') AND name = 'email'
ALTER TABLE people ADD email NVARCHAR(320) NULL;
CREATE UNIQUE INDEX ux_people_email ON people (email) WHERE email IS NOT NULL;
