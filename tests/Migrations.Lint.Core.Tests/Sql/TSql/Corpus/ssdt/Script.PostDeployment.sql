/*
Post-Deployment Script Template
--------------------------------------------------------------------------------------
 This file contains SQL statements that will be appended to the build script.
 Use SQLCMD syntax to include a file in the post-deployment script.
 Example:      :r .\myfile.sql
--------------------------------------------------------------------------------------
*/
:on error exit
PRINT N'Running post-deployment for $(DatabaseName) in $(Environment)'
GO
:r .\ReferenceData\Countries.sql
:r .\ReferenceData\OrderStatus.sql
GO
IF '$(Environment)' = 'Development'
BEGIN
    :r .\TestData\Customers.sql
    PRINT N'Loaded test data'
END
GO
