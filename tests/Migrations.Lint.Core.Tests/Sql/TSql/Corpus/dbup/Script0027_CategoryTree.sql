CREATE OR ALTER VIEW dbo.vw_CategoryTree
AS
WITH tree AS (
    SELECT CategoryId, ParentCategoryId, Name, CAST(Name AS NVARCHAR(1000)) AS Path, 0 AS Depth
    FROM dbo.Categories
    WHERE ParentCategoryId IS NULL
    UNION ALL
    SELECT c.CategoryId, c.ParentCategoryId, c.Name, CAST(t.Path + N' > ' + c.Name AS NVARCHAR(1000)), t.Depth + 1
    FROM dbo.Categories c
    JOIN tree t ON t.CategoryId = c.ParentCategoryId
)
SELECT CategoryId, ParentCategoryId, Name, Path, Depth FROM tree
GO
