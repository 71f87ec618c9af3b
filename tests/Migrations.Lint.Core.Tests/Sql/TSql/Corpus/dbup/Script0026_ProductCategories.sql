CREATE TABLE dbo.Categories (
    CategoryId INT NOT NULL PRIMARY KEY,
    ParentCategoryId INT NULL REFERENCES dbo.Categories (CategoryId),
    Name NVARCHAR(100) NOT NULL
)
GO
ALTER TABLE dbo.Products ADD CategoryId INT NULL
GO
ALTER TABLE dbo.Products WITH NOCHECK ADD CONSTRAINT FK_Products_Categories FOREIGN KEY (CategoryId) REFERENCES dbo.Categories (CategoryId)
GO
ALTER TABLE dbo.Products CHECK CONSTRAINT FK_Products_Categories
GO
