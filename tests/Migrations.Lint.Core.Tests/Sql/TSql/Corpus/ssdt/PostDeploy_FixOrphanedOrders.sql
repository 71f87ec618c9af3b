PRINT N'Re-pointing orders of deleted customers';

UPDATE o
SET o.CustomerId = -1
FROM [dbo].[Orders] AS o
LEFT JOIN [dbo].[Customers] AS c ON c.[CustomerId] = o.[CustomerId]
WHERE c.[CustomerId] IS NULL;

IF @@ROWCOUNT > 0
    PRINT N'Orphaned orders were re-pointed to the placeholder customer.';
GO
