SET IDENTITY_INSERT inventory.warehouse ON;

INSERT INTO inventory.warehouse (id, code, name) VALUES (1, 'BER', N'Berlin');
INSERT INTO inventory.warehouse (id, code, name) VALUES (2, 'HAM', N'Hamburg');
INSERT INTO inventory.warehouse (id, code, name) VALUES (3, 'MUC', N'München');

SET IDENTITY_INSERT inventory.warehouse OFF;
