CREATE SEQUENCE order_numbers;
CREATE SEQUENCE IF NOT EXISTS order_numbers START WITH 1000 INCREMENT BY 10 MINVALUE 1000 NO MAXVALUE CACHE 20 CYCLE;
CREATE TEMPORARY SEQUENCE temp_seq AS smallint OWNED BY NONE;
CREATE UNLOGGED SEQUENCE unlogged_seq;
ALTER SEQUENCE order_numbers RESTART;
ALTER SEQUENCE order_numbers OWNED BY orders.number;
ALTER SEQUENCE order_numbers SET LOGGED;
SELECT nextval('order_numbers'), setval('order_numbers', 5000, false);
DROP SEQUENCE order_numbers, temp_seq;
