-- One-off data fix: a bad import wrote negative prices.
PRINT 'Fixing negative prices'
UPDATE p
SET Price = ABS(p.Price)
FROM dbo.Products AS p
WHERE p.Price < 0
PRINT CONCAT(@@ROWCOUNT, ' products fixed')
