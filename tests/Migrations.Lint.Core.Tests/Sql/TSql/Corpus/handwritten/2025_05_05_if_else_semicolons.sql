IF EXISTS (SELECT 1 FROM sys.columns WHERE object_id = OBJECT_ID(N'dbo.Orders') AND name = N'LegacyRef')
    ALTER TABLE dbo.Orders DROP COLUMN LegacyRef;
ELSE
    PRINT N'dbo.Orders.LegacyRef is already gone';

IF 1 = 0
BEGIN
    SELECT 'never';
END;
ELSE
BEGIN
    SELECT 'always';
END;
