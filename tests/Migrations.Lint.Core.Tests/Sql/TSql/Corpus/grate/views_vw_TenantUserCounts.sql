CREATE OR ALTER VIEW [dbo].[vw_TenantUserCounts]
AS
SELECT t.[TenantId], t.[Slug], COUNT(u.[UserId]) AS [Users]
FROM [dbo].[Tenants] AS t
LEFT OUTER JOIN [dbo].[TenantUsers] AS u ON u.[TenantId] = t.[TenantId]
GROUP BY t.[TenantId], t.[Slug]
GO
