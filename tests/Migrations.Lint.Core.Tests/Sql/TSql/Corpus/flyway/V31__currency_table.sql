CREATE TABLE dbo.Currency (
    Code CHAR(3) COLLATE Latin1_General_BIN2 NOT NULL PRIMARY KEY,
    MinorUnits TINYINT NOT NULL,
    Symbol NVARCHAR(5) NOT NULL
);
INSERT dbo.Currency (Code, MinorUnits, Symbol) VALUES ('EUR', 2, N'€'), ('USD', 2, N'$'), ('JPY', 0, N'¥'), ('KWD', 3, N'د.ك');
ALTER TABLE dbo.Invoices ADD CurrencyCode CHAR(3) COLLATE Latin1_General_BIN2 NOT NULL
    CONSTRAINT df_invoices_currency DEFAULT 'EUR'
    CONSTRAINT fk_invoices_currency FOREIGN KEY REFERENCES dbo.Currency (Code);
