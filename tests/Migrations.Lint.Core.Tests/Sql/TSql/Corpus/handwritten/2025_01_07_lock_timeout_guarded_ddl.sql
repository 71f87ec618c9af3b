SET LOCK_TIMEOUT 5000;
SET XACT_ABORT ON;

BEGIN TRY
    ALTER TABLE dbo.Orders ADD FulfilledAt DATETIME2 NULL;
END TRY
BEGIN CATCH
    IF ERROR_NUMBER() = 1222
        PRINT 'Could not get the schema lock in time; retry later.';
    ELSE
        THROW;
END CATCH;

SET LOCK_TIMEOUT -1;
