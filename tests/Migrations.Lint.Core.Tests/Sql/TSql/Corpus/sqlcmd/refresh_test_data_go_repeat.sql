-- Inserts 1000 synthetic rows by running the batch 1000 times.
SET NOCOUNT ON;
GO
INSERT INTO dbo.LoadTest (Payload, CreatedAt) VALUES (CONVERT(NVARCHAR(36), NEWID()), SYSUTCDATETIME());
GO 1000
SELECT COUNT(*) FROM dbo.LoadTest;
GO
