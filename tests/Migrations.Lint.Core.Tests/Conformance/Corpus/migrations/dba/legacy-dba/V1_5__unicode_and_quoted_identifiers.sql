-- Quoted identifiers with spaces, embedded quotes, mixed case and Unicode.
CREATE TABLE oms."Order Notes" (
    "Note ID"              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "Order ID"             bigint NOT NULL REFERENCES oms.orders (order_id),
    "the ""real"" author"  text,
    "UPPER"                text,
    "größe"                text,
    überschrift            text,
    "日付"                 date DEFAULT CURRENT_DATE,
    U&"\00E9tat"           text DEFAULT 'ouvert',
    U&"!00FCber" UESCAPE '!' boolean DEFAULT false
);

INSERT INTO oms."Order Notes" ("Order ID", "the ""real"" author", "größe", überschrift, U&"\00E9tat")
VALUES (1, 'Zoë O''Brien', 'XL', 'Übergröße – bitte prüfen', U&'ferm\00E9'),
       (2, E'Jos\u00e9 \"Pepe\" Garc\u00eda', NULL, 'Straße', 'ouvert'),
       (3, U&'\+01F418 elephant', NULL, '日本語のメモ', U&'d!0061t!+000061' UESCAPE '!');

SELECT "Note ID", "the ""real"" author" AS "Author Name", "日付"
  FROM oms."Order Notes"
 WHERE überschrift ILIKE '%größe%';
