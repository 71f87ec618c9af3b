ALTER TABLE catalog.Item ADD PictureFileName NVARCHAR(260) NULL
ALTER TABLE catalog.Item ADD PictureUri AS (N'https://cdn.example.test/catalog/' + PictureFileName)
