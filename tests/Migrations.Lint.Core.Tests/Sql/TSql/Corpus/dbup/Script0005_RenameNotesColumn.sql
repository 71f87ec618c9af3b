EXEC sp_rename 'dbo.Orders.Notes', 'CustomerNotes', 'COLUMN'
GO
