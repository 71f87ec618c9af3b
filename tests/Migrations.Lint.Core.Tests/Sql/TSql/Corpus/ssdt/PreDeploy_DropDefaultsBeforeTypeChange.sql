DECLARE @sql NVARCHAR(MAX) = N'';

SELECT @sql += N'ALTER TABLE ' + QUOTENAME(SCHEMA_NAME(t.schema_id)) + N'.' + QUOTENAME(t.name)
    + N' DROP CONSTRAINT ' + QUOTENAME(dc.name) + N';' + CHAR(13) + CHAR(10)
FROM sys.default_constraints dc
JOIN sys.tables t ON t.object_id = dc.parent_object_id
WHERE t.name = N'Orders' AND COL_NAME(dc.parent_object_id, dc.parent_column_id) = N'Status';

PRINT @sql;
EXEC (@sql);
