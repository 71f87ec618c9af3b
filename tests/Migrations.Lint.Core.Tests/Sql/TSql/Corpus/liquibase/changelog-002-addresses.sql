--liquibase formatted sql

--changeset asmith:003-addresses splitStatements:true endDelimiter:GO
CREATE TABLE person_address (
    person_id INT NOT NULL CONSTRAINT fk_person_address_person REFERENCES people (id),
    kind VARCHAR(10) NOT NULL CONSTRAINT ck_person_address_kind CHECK (kind IN ('home', 'work')),
    line1 NVARCHAR(200) NOT NULL,
    city NVARCHAR(100) NOT NULL,
    CONSTRAINT pk_person_address PRIMARY KEY (person_id, kind)
)
GO

--changeset asmith:004-backfill-home-addresses
INSERT INTO person_address (person_id, kind, line1, city)
SELECT id, 'home', N'unknown', N'unknown' FROM people p
WHERE NOT EXISTS (SELECT 1 FROM person_address a WHERE a.person_id = p.id AND a.kind = 'home');
