CREATE OR ALTER PROCEDURE [dbo].[usp_CreateTenant]
    @Slug VARCHAR(63),
    @DisplayName NVARCHAR(200),
    @TenantId INT OUTPUT
AS
BEGIN
    SET NOCOUNT, XACT_ABORT ON;

    IF @Slug NOT LIKE '[a-z]%' OR @Slug LIKE '%[^a-z0-9-]%'
        THROW 50010, N'Slugs are lower-case letters, digits and dashes.', 1;

    INSERT INTO [dbo].[Tenants] ([Slug], [DisplayName])
    VALUES (@Slug, @DisplayName);

    SET @TenantId = CAST(SCOPE_IDENTITY() AS INT);
END
GO
