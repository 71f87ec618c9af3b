SET XACT_ABORT ON;
BEGIN TRAN hotfix_duplicates;

    SAVE TRANSACTION before_delete;

    ;WITH ranked AS (
        SELECT PaymentId, ROW_NUMBER() OVER (PARTITION BY ExternalRef ORDER BY PaymentId) AS rn
        FROM dbo.Payments
        WHERE ExternalRef IS NOT NULL
    )
    DELETE FROM ranked WHERE rn > 1;

    IF @@ROWCOUNT > 100
    BEGIN
        ROLLBACK TRANSACTION before_delete;
        PRINT 'Too many duplicates; nothing deleted.';
    END;

COMMIT TRAN hotfix_duplicates;
