IF NOT EXISTS (SELECT 1 FROM sys.service_message_types WHERE name = N'//app/Notify')
    CREATE MESSAGE TYPE [//app/Notify] VALIDATION = WELL_FORMED_XML;
GO
IF NOT EXISTS (SELECT 1 FROM sys.service_contracts WHERE name = N'//app/NotifyContract')
    CREATE CONTRACT [//app/NotifyContract] ([//app/Notify] SENT BY INITIATOR);
GO
CREATE QUEUE dbo.NotifyQueue WITH STATUS = ON, RETENTION = OFF;
GO
CREATE SERVICE [//app/NotifyService] ON QUEUE dbo.NotifyQueue ([//app/NotifyContract]);
GO
