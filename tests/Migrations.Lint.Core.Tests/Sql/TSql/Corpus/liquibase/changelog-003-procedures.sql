--liquibase formatted sql

--changeset asmith:005-find-people runOnChange:true splitStatements:false
CREATE OR ALTER PROCEDURE dbo.find_people
    @name NVARCHAR(100)
AS
BEGIN
    SET NOCOUNT ON;
    SELECT id, given_name, family_name
    FROM people
    WHERE given_name LIKE @name + N'%' OR family_name LIKE @name + N'%';
END;
