IF EXISTS (SELECT 1 FROM msdb.dbo.sysjobs WHERE name = N'$(DatabaseName) - nightly snapshot')
BEGIN
    EXEC msdb.dbo.sp_delete_job @job_name = N'$(DatabaseName) - nightly snapshot', @delete_unused_schedule = 1;
END
GO
