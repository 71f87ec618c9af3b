DECLARE @attempt INT = 0;

retry:
SET @attempt += 1;
BEGIN TRY
    BEGIN TRAN;
    UPDATE dbo.Balances SET Amount = Amount * 1.01 WHERE AccountType = 'savings';
    COMMIT TRAN;
END TRY
BEGIN CATCH
    IF XACT_STATE() <> 0 ROLLBACK TRAN;
    IF ERROR_NUMBER() = 1205 AND @attempt < 3
    BEGIN
        WAITFOR DELAY '00:00:01';
        GOTO retry;
    END;
    THROW;
END CATCH;
