CREATE TABLE café (naïve_column text, "Größe" int, 名前 text, ключ int);
INSERT INTO café (naïve_column, "Größe", 名前, ключ) VALUES ('crème brûlée', 3, '東京', 1);
SELECT 'emoji 🐘 and 🚀 outside the basic plane', 名前 FROM café WHERE naïve_column <> '🐘';
SELECT E'\u00e9\U0001F418', U&'\00E9\+01F418';
SELECT "🐘" FROM (SELECT 1 AS "🐘") AS s; -- comment with émoji 🐘
/* block comment with 中文 and 🚀 */ SELECT 'ünïcödé';
SELECT $body$ 🐘 inside dollar quotes; still one statement $body$;
COMMENT ON TABLE café IS 'Ⅻ ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢';
