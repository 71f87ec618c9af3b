-- DbUp replaces $schema$ and $owner$ before running the script.
IF SCHEMA_ID('$schema$') IS NULL
    EXEC('CREATE SCHEMA [$schema$] AUTHORIZATION [$owner$]')
GO

CREATE TABLE $schema$.AuditEvents
(
    AuditEventId BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    Actor NVARCHAR(128) NOT NULL DEFAULT SUSER_SNAME(),
    Action VARCHAR(50) NOT NULL,
    At DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME()
)
GO
