SET IDENTITY_INSERT [dbo].[Customers] ON;

MERGE [dbo].[Customers] WITH (HOLDLOCK) AS t
USING (VALUES
    (1, N'Ada Lovelace', N'ada@example.test'),
    (2, N'Alan Turing', N'alan@example.test'),
    (3, N'Grace Hopper', N'grace@example.test')
) AS s ([CustomerId], [Name], [Email])
ON t.[CustomerId] = s.[CustomerId]
WHEN NOT MATCHED THEN
    INSERT ([CustomerId], [Name], [Email]) VALUES (s.[CustomerId], s.[Name], s.[Email]);

SET IDENTITY_INSERT [dbo].[Customers] OFF;
