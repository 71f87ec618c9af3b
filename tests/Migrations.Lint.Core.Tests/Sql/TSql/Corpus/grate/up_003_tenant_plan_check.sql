ALTER TABLE [dbo].[Tenants] WITH NOCHECK
    ADD CONSTRAINT [CK_Tenants_Plan] CHECK ([Plan] IN ('free', 'team', 'enterprise'))
GO
ALTER TABLE [dbo].[Tenants] WITH CHECK CHECK CONSTRAINT [CK_Tenants_Plan]
GO
