CREATE TABLE country (
    code CHAR(2) PRIMARY KEY,
    name_en VARCHAR(100) NOT NULL,
    name_local VARCHAR(100) NOT NULL
);

INSERT INTO country (code, name_en, name_local) VALUES
    ('DE', 'Germany', 'Deutschland'),
    ('AT', 'Austria', 'Österreich'),
    ('CH', 'Switzerland', 'Schweiz / Suisse / Svizzera'),
    ('FR', 'France', 'France'),
    ('ES', 'Spain', 'España'),
    ('PL', 'Poland', 'Polska'),
    ('GR', 'Greece', 'Ελλάδα'),
    ('JP', 'Japan', '日本'),
    ('UA', 'Ukraine', 'Україна')
ON CONFLICT (code) DO NOTHING;

ALTER TABLE customer ADD CONSTRAINT fk_customer_country FOREIGN KEY (country_code) REFERENCES country (code);
