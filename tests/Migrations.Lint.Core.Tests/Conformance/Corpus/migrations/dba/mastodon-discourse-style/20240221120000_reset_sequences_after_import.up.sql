SELECT setval('posts_id_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM posts), false);
SELECT setval('topics_id_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM topics), false);
SELECT setval(pg_get_serial_sequence('users', 'id'), GREATEST((SELECT MAX(id) FROM users), 1));
ALTER SEQUENCE categories_id_seq RESTART WITH 1000;
ALTER SEQUENCE uploads_id_seq AS bigint MAXVALUE 9223372036854775807;
