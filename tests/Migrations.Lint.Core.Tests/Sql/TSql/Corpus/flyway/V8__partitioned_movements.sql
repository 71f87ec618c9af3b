CREATE PARTITION FUNCTION pf_movement_month (DATETIME2(3))
AS RANGE RIGHT FOR VALUES ('2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01');
GO

CREATE PARTITION SCHEME ps_movement_month
AS PARTITION pf_movement_month ALL TO ([PRIMARY]);
GO

CREATE TABLE inventory.stock_movement_history (
    id BIGINT NOT NULL,
    stock_item_id BIGINT NOT NULL,
    delta INT NOT NULL,
    moved_at DATETIME2(3) NOT NULL,
    CONSTRAINT pk_stock_movement_history PRIMARY KEY CLUSTERED (moved_at, id)
) ON ps_movement_month (moved_at);
GO
