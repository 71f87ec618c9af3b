-- Columns named after keywords must be bracketed or quoted.
CREATE TABLE dbo.CalendarEntries (
    [Id] INT IDENTITY PRIMARY KEY,
    [Begin] DATETIME2 NOT NULL,
    [End] DATETIME2 NOT NULL,
    [Key] VARCHAR(50) NOT NULL,
    [Order] INT NOT NULL DEFAULT 0,
    "Group" NVARCHAR(50) NULL,
    [User] SYSNAME NOT NULL DEFAULT CURRENT_USER,
    CONSTRAINT CK_CalendarEntries_Range CHECK ([End] > [Begin])
);

SELECT [Begin], [End], [Key] FROM dbo.CalendarEntries WHERE [Order] > 0 ORDER BY [Begin];

UPDATE dbo.CalendarEntries SET [End] = DATEADD(HOUR, 1, [Begin]) WHERE [End] IS NULL OR [End] <= [Begin];
