CREATE TABLE #zip (PostalCode VARCHAR(10) NOT NULL, City NVARCHAR(100) NOT NULL, StateCode CHAR(2) NOT NULL);

BULK INSERT #zip
FROM '$(ImportPath)\zip_codes.csv'
WITH (FIRSTROW = 2, FIELDTERMINATOR = ',', ROWTERMINATOR = '0x0a', CODEPAGE = '65001', TABLOCK);

INSERT INTO dbo.PostalCodes (PostalCode, City, StateCode)
SELECT z.PostalCode, z.City, z.StateCode
FROM #zip z
WHERE NOT EXISTS (SELECT 1 FROM dbo.PostalCodes p WHERE p.PostalCode = z.PostalCode);

DROP TABLE #zip;
