BEGIN TRY
    BEGIN TRANSACTION;

    CREATE TABLE dbo.Addresses (
        AddressId INT IDENTITY PRIMARY KEY,
        Street NVARCHAR(200) NOT NULL,
        City NVARCHAR(100) NOT NULL,
        PostalCode NVARCHAR(20) NOT NULL,
        CustomerId INT NOT NULL UNIQUE
    );

    INSERT INTO dbo.Addresses (Street, City, PostalCode, CustomerId)
    SELECT Street, City, PostalCode, CustomerId
    FROM dbo.Customers
    WHERE Street IS NOT NULL;

    ALTER TABLE dbo.Customers DROP COLUMN Street, City, PostalCode;

    COMMIT TRANSACTION;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0
        ROLLBACK TRANSACTION;

    DECLARE @msg NVARCHAR(4000) = ERROR_MESSAGE(), @severity INT = ERROR_SEVERITY(), @state INT = ERROR_STATE();
    RAISERROR (@msg, @severity, @state);
END CATCH;
