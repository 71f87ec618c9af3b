ALTER TABLE dbo.Customers DROP CONSTRAINT df_customers_segment;
ALTER TABLE dbo.Customers ADD CONSTRAINT df_customers_segment DEFAULT (2) FOR segment_id;
