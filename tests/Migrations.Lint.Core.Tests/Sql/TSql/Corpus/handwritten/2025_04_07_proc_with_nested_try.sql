CREATE OR ALTER PROCEDURE dbo.usp_CloseMonth
    @Month DATE
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        IF EXISTS (SELECT 1 FROM dbo.ClosedMonths WHERE [Month] = @Month)
        BEGIN
            ;THROW 50100, 'Month already closed.', 1;
        END

        INSERT dbo.ClosedMonths ([Month], ClosedAt) VALUES (@Month, SYSUTCDATETIME());

        BEGIN TRY
            EXEC dbo.usp_ArchiveMonth @Month = @Month;
        END TRY
        BEGIN CATCH
            -- archiving is best effort
            INSERT dbo.ErrorLog (Message) VALUES (ERROR_MESSAGE());
        END CATCH

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
        THROW;
    END CATCH
END
GO
