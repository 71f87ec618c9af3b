DECLARE @schema SYSNAME, @sql NVARCHAR(400);

DECLARE schema_cursor CURSOR LOCAL FAST_FORWARD FOR
    SELECT name FROM sys.schemas WHERE name IN (N'sales', N'billing', N'inventory');

OPEN schema_cursor;
FETCH NEXT FROM schema_cursor INTO @schema;

WHILE @@FETCH_STATUS = 0
BEGIN
    SET @sql = N'GRANT SELECT ON SCHEMA::' + QUOTENAME(@schema) + N' TO [reporting_reader];';
    PRINT @sql;
    EXEC sys.sp_executesql @sql;

    FETCH NEXT FROM schema_cursor INTO @schema;
END

CLOSE schema_cursor;
DEALLOCATE schema_cursor;
