MERGE INTO dbo.Settings AS target
USING (SELECT N'SupportEmail' AS [Key], N'$(SupportEmail)' AS [Value]
       UNION ALL
       SELECT N'MaintenanceMode', N'false') AS source
ON target.[Key] = source.[Key]
WHEN NOT MATCHED BY TARGET THEN
    INSERT ([Key], [Value]) VALUES (source.[Key], source.[Value]);

UPDATE dbo.Settings SET [Value] = N'$(SupportEmail)' WHERE [Key] = N'SupportEmail' AND [Value] <> N'$(SupportEmail)';
