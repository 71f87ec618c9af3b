CREATE TABLE orders (id int, total numeric(10, 2);
