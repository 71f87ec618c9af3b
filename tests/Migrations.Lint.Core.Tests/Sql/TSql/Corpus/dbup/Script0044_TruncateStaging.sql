IF OBJECT_ID('dbo.ImportStaging') IS NOT NULL
    TRUNCATE TABLE dbo.ImportStaging
ELSE
    CREATE TABLE dbo.ImportStaging (Line NVARCHAR(4000) NULL)
GO
