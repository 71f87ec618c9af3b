CREATE TABLE #removed (Id BIGINT NOT NULL);

DECLARE @rows INT = 1;
WHILE @rows > 0
BEGIN
    DELETE TOP (2000) FROM dbo.EventLog
    OUTPUT deleted.Id INTO #removed (Id)
    WHERE LoggedAt < DATEADD(DAY, -90, GETUTCDATE());

    SET @rows = @@ROWCOUNT;

    IF @rows > 0
        CHECKPOINT;
END;

SELECT COUNT(*) AS removed_rows FROM #removed;
DROP TABLE #removed;
