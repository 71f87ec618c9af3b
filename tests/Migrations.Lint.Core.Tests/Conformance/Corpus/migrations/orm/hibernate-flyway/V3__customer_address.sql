ALTER TABLE customer ADD COLUMN street VARCHAR(255);
ALTER TABLE customer ADD COLUMN city VARCHAR(100);
ALTER TABLE customer ADD COLUMN zip_code VARCHAR(16);
ALTER TABLE customer ADD COLUMN country_code CHAR(2) NOT NULL DEFAULT 'DE';

/*
 * Kunden ohne Land bekommen 'DE' als Standard; Schweizer Kunden
 * erkennen wir an der Domain (.ch).
 */
UPDATE customer SET country_code = 'CH' WHERE email LIKE '%.ch';
