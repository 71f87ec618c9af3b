EXEC sp_recompile N'dbo.usp_GetCustomerOrders';
EXEC sp_recompile N'dbo.usp_MergeProducts';
EXEC sp_refreshview N'dbo.vw_CustomerSearch';
