INSERT INTO catalog.Brand (BrandId, Name)
SELECT v.BrandId, v.Name
FROM (VALUES (1, N'Azure'), (2, N'.NET'), (3, N'Visual Studio'), (4, N'SQL Server'), (5, N'Other')) AS v (BrandId, Name)
WHERE NOT EXISTS (SELECT 1 FROM catalog.Brand b WHERE b.BrandId = v.BrandId)
