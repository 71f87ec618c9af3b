IF N'$(Environment)' IN (N'Development', N'Test')
BEGIN
    PRINT N'Non-production: relaxing password policy for the test login';
    IF EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = N'test_user')
        ALTER LOGIN [test_user] WITH CHECK_POLICY = OFF;
END
ELSE IF N'$(Environment)' = N'Production'
BEGIN
    ALTER DATABASE CURRENT SET AUTO_UPDATE_STATISTICS_ASYNC ON;
END
GO
