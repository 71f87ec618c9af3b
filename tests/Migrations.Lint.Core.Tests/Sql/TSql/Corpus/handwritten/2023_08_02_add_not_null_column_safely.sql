-- Step 1 of 3: add nullable, backfill in batches, then enforce NOT NULL in a later release.
ALTER TABLE dbo.Subscriptions ADD BillingCycle VARCHAR(10) NULL;
GO

DECLARE @done BIT = 0;
WHILE @done = 0
BEGIN
    UPDATE TOP (5000) dbo.Subscriptions
    SET BillingCycle = CASE WHEN IntervalMonths = 12 THEN 'yearly' ELSE 'monthly' END
    WHERE BillingCycle IS NULL;

    IF @@ROWCOUNT = 0 SET @done = 1;
END
GO
