CREATE UNIQUE TABLE orders (id int);
