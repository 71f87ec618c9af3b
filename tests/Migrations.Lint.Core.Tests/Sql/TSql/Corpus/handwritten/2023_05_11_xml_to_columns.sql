ALTER TABLE dbo.Documents ADD Author NVARCHAR(200) NULL, PageCount INT NULL;
GO

UPDATE d
SET Author = d.Metadata.value('(/doc/author)[1]', 'NVARCHAR(200)'),
    PageCount = d.Metadata.value('(/doc/pages)[1]', 'INT')
FROM dbo.Documents AS d
WHERE d.Metadata IS NOT NULL;
GO

;WITH XMLNAMESPACES (DEFAULT 'urn:example:doc')
SELECT COUNT(*) AS missing_author
FROM dbo.Documents
WHERE Metadata.exist('/doc/author') = 0;
GO
