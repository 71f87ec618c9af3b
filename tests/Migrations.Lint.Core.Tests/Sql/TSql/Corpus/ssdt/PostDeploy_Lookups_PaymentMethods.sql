SET NOCOUNT ON;
PRINT N'Merging [dbo].[PaymentMethods]';

;WITH source AS (
    SELECT * FROM (VALUES
        (1, N'card', 1),
        (2, N'invoice', 1),
        (3, N'paypal', 0)
    ) AS v ([PaymentMethodId], [Code], [IsActive])
)
MERGE [dbo].[PaymentMethods] AS target
USING source ON target.[PaymentMethodId] = source.[PaymentMethodId]
WHEN MATCHED AND EXISTS (SELECT target.[Code], target.[IsActive] EXCEPT SELECT source.[Code], source.[IsActive]) THEN
    UPDATE SET [Code] = source.[Code], [IsActive] = source.[IsActive]
WHEN NOT MATCHED BY TARGET THEN
    INSERT ([PaymentMethodId], [Code], [IsActive]) VALUES (source.[PaymentMethodId], source.[Code], source.[IsActive])
WHEN NOT MATCHED BY SOURCE THEN
    DELETE
OUTPUT $action AS [Action], COALESCE(inserted.[Code], deleted.[Code]) AS [Code];
