DECLARE @cutoff DATETIME2 = DATEADD(MONTH, -18, SYSUTCDATETIME());
DECLARE @deleted INT;

SET @deleted = 1;
WHILE (@deleted > 0)
BEGIN
    DELETE TOP (10000) FROM dbo.CustomerAudit WHERE ChangedAt < @cutoff;
    SET @deleted = @@ROWCOUNT;
END;
