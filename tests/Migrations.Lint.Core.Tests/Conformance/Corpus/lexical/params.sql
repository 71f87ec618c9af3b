PREPARE get_user (int, text) AS
  SELECT $1 AS id, $2 AS name;
EXECUTE get_user(1, 'ann');
PREPARE add_user AS INSERT INTO users (id, name) VALUES ($1, $2) RETURNING $1;
EXECUTE add_user (2, 'bob');
DEALLOCATE get_user;
DEALLOCATE PREPARE add_user;
DEALLOCATE ALL;
