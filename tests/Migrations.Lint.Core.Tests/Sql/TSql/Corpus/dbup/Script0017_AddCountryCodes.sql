CREATE TABLE dbo.Countries (
    CountryCode CHAR(2) NOT NULL CONSTRAINT PK_Countries PRIMARY KEY,
    Name NVARCHAR(100) NOT NULL
)

INSERT dbo.Countries (CountryCode, Name)
VALUES ('DE', N'Deutschland'),
       ('FR', N'France'),
       ('GB', N'United Kingdom'),
       ('US', N'United States')

ALTER TABLE dbo.Customers ADD CountryCode CHAR(2) NULL
    CONSTRAINT FK_Customers_Countries REFERENCES dbo.Countries (CountryCode)
