PRINT N'Merging dbo.Countries'

MERGE INTO [dbo].[Countries] AS [Target]
USING (VALUES
    (N'AT', N'Austria'),
    (N'CH', N'Switzerland'),
    (N'DE', N'Germany'),
    (N'NL', N'Netherlands')
) AS [Source] ([CountryCode], [Name])
ON [Target].[CountryCode] = [Source].[CountryCode]
WHEN MATCHED AND [Target].[Name] <> [Source].[Name] THEN
    UPDATE SET [Name] = [Source].[Name]
WHEN NOT MATCHED BY TARGET THEN
    INSERT ([CountryCode], [Name]) VALUES ([Source].[CountryCode], [Source].[Name])
WHEN NOT MATCHED BY SOURCE THEN
    DELETE;
GO
