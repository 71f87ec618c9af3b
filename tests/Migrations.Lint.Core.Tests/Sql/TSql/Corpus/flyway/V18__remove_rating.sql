DECLARE @constraint SYSNAME;

SELECT @constraint = cc.name
FROM sys.check_constraints cc
JOIN sys.columns c ON c.object_id = cc.parent_object_id AND c.column_id = cc.parent_column_id
WHERE cc.parent_object_id = OBJECT_ID(N'inventory.supplier') AND c.name = N'rating';

IF @constraint IS NOT NULL
    EXEC (N'ALTER TABLE inventory.supplier DROP CONSTRAINT ' + QUOTENAME(@constraint));

ALTER TABLE inventory.supplier DROP COLUMN rating;
