MERGE INTO inventory.warehouse AS target
USING (VALUES
    ('BER', N'Berlin', 'EAST'),
    ('HAM', N'Hamburg', 'NORTH'),
    ('MUC', N'München', 'SOUTH'),
    ('CGN', N'Köln', 'WEST')
) AS source (code, name, region)
ON target.code = source.code
WHEN MATCHED AND (target.name <> source.name OR target.region <> source.region) THEN
    UPDATE SET name = source.name, region = source.region
WHEN NOT MATCHED BY TARGET THEN
    INSERT (code, name, region) VALUES (source.code, source.name, source.region)
OUTPUT $action, inserted.code;
