DECLARE @table SYSNAME = N'dbo.Orders';
DECLARE @sql NVARCHAR(MAX);

SET @sql = N'ALTER INDEX ALL ON ' + @table + N' REBUILD WITH (ONLINE = ON)';
EXEC sp_executesql @sql;

EXEC sp_executesql N'UPDATE STATISTICS dbo.Orders WITH SAMPLE 50 PERCENT';

EXEC (N'ALTER TABLE dbo.Orders SET (LOCK_ESCALATION = TABLE)');
