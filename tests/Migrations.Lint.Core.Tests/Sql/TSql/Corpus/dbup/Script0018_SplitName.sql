ALTER TABLE dbo.Customers ADD FirstName NVARCHAR(100) NULL, LastName NVARCHAR(100) NULL;
GO

UPDATE dbo.Customers
SET FirstName = LEFT(Name, CHARINDEX(' ', Name + ' ') - 1),
    LastName = NULLIF(LTRIM(SUBSTRING(Name, CHARINDEX(' ', Name + ' '), 200)), '');
GO
