ALTER TABLE dbo.LoyaltyAccounts DROP COLUMN Tier
ALTER TABLE dbo.LoyaltyAccounts ADD Tier VARCHAR(10) NOT NULL CONSTRAINT DF_LoyaltyAccounts_Tier DEFAULT 'bronze'
