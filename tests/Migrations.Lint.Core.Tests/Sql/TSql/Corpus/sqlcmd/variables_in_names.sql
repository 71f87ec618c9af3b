:setvar Schema "sales"
IF SCHEMA_ID(N'$(Schema)') IS NULL
    EXEC (N'CREATE SCHEMA [$(Schema)]');
GO
CREATE TABLE $(Schema).Quotes (
    QuoteId INT IDENTITY(1, 1) CONSTRAINT PK_Quotes PRIMARY KEY,
    Amount DECIMAL(12, 2) NOT NULL
);
GO
