ALTER TABLE inventory.warehouse ADD region VARCHAR(10) NULL;
GO
UPDATE inventory.warehouse SET region = CASE code WHEN 'BER' THEN 'EAST' WHEN 'HAM' THEN 'NORTH' ELSE 'SOUTH' END;
GO
ALTER TABLE inventory.warehouse ALTER COLUMN region VARCHAR(10) NOT NULL;
GO
