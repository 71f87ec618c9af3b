ALTER TABLE inventory.stock_item ADD
    valid_from DATETIME2 GENERATED ALWAYS AS ROW START HIDDEN NOT NULL
        CONSTRAINT df_stock_item_valid_from DEFAULT SYSUTCDATETIME(),
    valid_to DATETIME2 GENERATED ALWAYS AS ROW END HIDDEN NOT NULL
        CONSTRAINT df_stock_item_valid_to DEFAULT CONVERT(DATETIME2, '9999-12-31 23:59:59.9999999'),
    PERIOD FOR SYSTEM_TIME (valid_from, valid_to);
GO

ALTER TABLE inventory.stock_item SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = inventory.stock_item_history));
GO
