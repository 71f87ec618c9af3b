EXEC sp_updatestats
GO
