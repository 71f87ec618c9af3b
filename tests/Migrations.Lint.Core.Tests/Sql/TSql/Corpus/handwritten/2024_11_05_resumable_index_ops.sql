CREATE INDEX IX_OrderLines_ProductId ON dbo.OrderLines (ProductId)
    WITH (ONLINE = ON, RESUMABLE = ON, MAX_DURATION = 30 MINUTES);
GO
-- If the window closed, the operation pauses; resume it in the next one:
ALTER INDEX IX_OrderLines_ProductId ON dbo.OrderLines RESUME WITH (MAXDOP = 2);
GO
-- Or give up:
ALTER INDEX IX_OrderLines_ProductId ON dbo.OrderLines ABORT;
GO
