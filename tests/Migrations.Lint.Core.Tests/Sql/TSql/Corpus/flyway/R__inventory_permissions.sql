IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'inventory_app')
BEGIN
    CREATE ROLE inventory_app;
END;

GRANT SELECT, INSERT, UPDATE ON SCHEMA::inventory TO inventory_app;
GRANT EXECUTE ON OBJECT::inventory.apply_movement TO inventory_app;
GRANT EXECUTE ON OBJECT::inventory.transfer_stock TO inventory_app;
REVOKE DELETE ON SCHEMA::inventory FROM inventory_app;
