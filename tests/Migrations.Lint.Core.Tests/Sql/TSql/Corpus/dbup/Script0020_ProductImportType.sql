IF TYPE_ID(N'dbo.ProductImportType') IS NULL
    CREATE TYPE dbo.ProductImportType AS TABLE
    (
        Sku VARCHAR(40) NOT NULL PRIMARY KEY,
        Title NVARCHAR(300) NOT NULL,
        Price MONEY NOT NULL
    )
GO
