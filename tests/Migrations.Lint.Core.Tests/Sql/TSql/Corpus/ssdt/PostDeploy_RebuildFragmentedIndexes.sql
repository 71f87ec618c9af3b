DECLARE @sql NVARCHAR(MAX) = N'';

SELECT @sql += N'ALTER INDEX ' + QUOTENAME(i.name) + N' ON ' + QUOTENAME(s.name) + N'.' + QUOTENAME(t.name)
    + CASE WHEN ps.avg_fragmentation_in_percent > 30 THEN N' REBUILD WITH (ONLINE = ON);' ELSE N' REORGANIZE;' END + NCHAR(10)
FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, 'LIMITED') AS ps
JOIN sys.indexes AS i ON i.object_id = ps.object_id AND i.index_id = ps.index_id
JOIN sys.tables AS t ON t.object_id = i.object_id
JOIN sys.schemas AS s ON s.schema_id = t.schema_id
WHERE ps.avg_fragmentation_in_percent > 10 AND i.name IS NOT NULL;

IF LEN(@sql) > 0
    EXEC sys.sp_executesql @sql;
GO
