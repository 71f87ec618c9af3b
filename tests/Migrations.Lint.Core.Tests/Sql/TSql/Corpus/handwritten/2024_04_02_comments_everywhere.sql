/* Header comment
   /* nested block comment, as SQL Server allows */
   GO
   still inside the comment
*/
CREATE TABLE dbo.Notes -- trailing comment
( -- open
    NoteId INT NOT NULL /* inline */ PRIMARY KEY,
    Body NVARCHAR(MAX) NOT NULL -- the text, may mention GO or BEGIN
) -- close
GO -- after GO
-- SELECT 'this is not a statement'
INSERT dbo.Notes (NoteId, Body) VALUES (1, N'A note with -- dashes and /* stars */ and ''quotes''')
/* ALTER TABLE dbo.Notes DROP COLUMN Body */
GO
