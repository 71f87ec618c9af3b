SELECT "never closed FROM orders;
