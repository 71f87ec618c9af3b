CREATE TABLE "" (id int);
