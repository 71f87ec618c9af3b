-- dbo.ImportLog was created as a heap; give it a clustered index.
CREATE CLUSTERED INDEX CIX_ImportLog_ImportedAt ON dbo.ImportLog (ImportedAt) WITH (ONLINE = ON, SORT_IN_TEMPDB = ON)
GO
