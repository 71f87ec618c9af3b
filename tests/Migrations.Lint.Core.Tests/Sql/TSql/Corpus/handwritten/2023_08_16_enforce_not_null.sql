-- Step 3 of 3.
IF EXISTS (SELECT 1 FROM dbo.Subscriptions WHERE BillingCycle IS NULL)
    THROW 50000, 'Backfill of BillingCycle is not complete.', 1;

ALTER TABLE dbo.Subscriptions ALTER COLUMN BillingCycle VARCHAR(10) NOT NULL;
ALTER TABLE dbo.Subscriptions ADD CONSTRAINT CK_Subscriptions_BillingCycle CHECK (BillingCycle IN ('monthly', 'yearly'));
