CREATE TABLE #dupes (Email NVARCHAR(320) NOT NULL PRIMARY KEY, KeepId INT NOT NULL)

INSERT #dupes (Email, KeepId)
SELECT Email, MIN(CustomerId)
FROM dbo.Customers
GROUP BY Email
HAVING COUNT(*) > 1

UPDATE o SET o.CustomerId = d.KeepId
FROM dbo.Orders o
JOIN dbo.Customers c ON c.CustomerId = o.CustomerId
JOIN #dupes d ON d.Email = c.Email
WHERE c.CustomerId <> d.KeepId

DELETE c
FROM dbo.Customers c
JOIN #dupes d ON d.Email = c.Email
WHERE c.CustomerId <> d.KeepId

DROP TABLE #dupes
