-- The refactor log renames dbo.Customers.Name; older databases still have FullName.
IF COL_LENGTH(N'dbo.Customers', N'FullName') IS NOT NULL
   AND COL_LENGTH(N'dbo.Customers', N'Name') IS NULL
BEGIN
    EXEC sp_rename N'dbo.Customers.FullName', N'Name', N'COLUMN';
END
GO
