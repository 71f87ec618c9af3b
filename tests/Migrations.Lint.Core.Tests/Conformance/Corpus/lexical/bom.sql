-- Starts with a UTF-8 byte order mark.
CREATE TABLE bom_t (id int);
SELECT 'é' FROM bom_t;
