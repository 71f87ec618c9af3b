CREATE NONCLUSTERED INDEX IX_Item_Name ON catalog.Item (Name) INCLUDE (Price, AvailableStock)
GO
CREATE STATISTICS ST_Item_Price ON catalog.Item (Price) WITH FULLSCAN
GO
