IF OBJECT_ID(N'dbo.FeatureFlags', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.FeatureFlags (
        Name VARCHAR(100) NOT NULL PRIMARY KEY,
        IsEnabled BIT NOT NULL DEFAULT 0
    );

    IF SERVERPROPERTY('EngineEdition') = 5
    BEGIN
        PRINT 'Azure SQL Database';
        INSERT dbo.FeatureFlags (Name, IsEnabled) VALUES ('azure', 1);
    END
    ELSE IF SERVERPROPERTY('EngineEdition') = 3
        INSERT dbo.FeatureFlags (Name, IsEnabled) VALUES ('enterprise', 1);
    ELSE
    BEGIN
        BEGIN
            INSERT dbo.FeatureFlags (Name, IsEnabled) VALUES ('standard', 1);
        END
    END
END
ELSE
    PRINT 'dbo.FeatureFlags exists';
