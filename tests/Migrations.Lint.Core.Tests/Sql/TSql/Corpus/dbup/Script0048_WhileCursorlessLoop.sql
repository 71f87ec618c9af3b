DECLARE @id INT = 0

WHILE 1 = 1
BEGIN
    SELECT TOP (1) @id = CustomerId FROM dbo.Customers WHERE CustomerId > @id AND Email IS NULL ORDER BY CustomerId
    IF @@ROWCOUNT = 0 BREAK

    UPDATE dbo.Customers SET Email = CONCAT('customer', @id, '@example.invalid') WHERE CustomerId = @id
    IF @id % 1000 = 0
        PRINT CONCAT('Processed up to ', @id)
    ELSE
        CONTINUE
END
