SET NOCOUNT ON;

DECLARE @OrderStatus TABLE ([OrderStatusId] TINYINT NOT NULL PRIMARY KEY, [Name] VARCHAR(50) NOT NULL);

INSERT INTO @OrderStatus ([OrderStatusId], [Name])
VALUES (0, 'New'), (1, 'Paid'), (2, 'Shipped'), (3, 'Cancelled'), (4, 'Returned');

MERGE [dbo].[OrderStatus] AS t
USING @OrderStatus AS s ON t.[OrderStatusId] = s.[OrderStatusId]
WHEN MATCHED THEN UPDATE SET t.[Name] = s.[Name]
WHEN NOT MATCHED THEN INSERT ([OrderStatusId], [Name]) VALUES (s.[OrderStatusId], s.[Name]);

PRINT CONCAT(N'OrderStatus rows: ', (SELECT COUNT(*) FROM [dbo].[OrderStatus]));
