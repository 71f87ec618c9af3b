--liquibase formatted sql

--changeset jdoe:006-rename-born-on
EXEC sp_rename 'people.born_on', 'birth_date', 'COLUMN';
--rollback EXEC sp_rename 'people.birth_date', 'born_on', 'COLUMN';

--changeset jdoe:007-drop-work-addresses
DELETE FROM person_address WHERE kind = 'work';
ALTER TABLE person_address DROP CONSTRAINT ck_person_address_kind;
ALTER TABLE person_address ADD CONSTRAINT ck_person_address_kind CHECK (kind = 'home');
