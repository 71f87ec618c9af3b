IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'ft_inventory')
    CREATE FULLTEXT CATALOG ft_inventory AS DEFAULT;
GO

CREATE UNIQUE INDEX ux_supplier_id ON inventory.supplier (id);
GO

CREATE FULLTEXT INDEX ON inventory.supplier (name LANGUAGE 1031)
    KEY INDEX ux_supplier_id ON ft_inventory
    WITH CHANGE_TRACKING AUTO;
GO
