ALTER TABLE dbo.Tenants ADD Settings NVARCHAR(MAX) NULL
    CONSTRAINT CK_Tenants_Settings_IsJson CHECK (ISJSON(Settings) = 1);
GO

UPDATE t
SET Settings = (SELECT t.TimeZone AS timeZone, t.Locale AS locale FOR JSON PATH, WITHOUT_ARRAY_WRAPPER)
FROM dbo.Tenants t
WHERE t.Settings IS NULL;
GO

ALTER TABLE dbo.Tenants ADD SettingsTimeZone AS JSON_VALUE(Settings, '$.timeZone');
CREATE INDEX IX_Tenants_SettingsTimeZone ON dbo.Tenants (SettingsTimeZone);
GO
