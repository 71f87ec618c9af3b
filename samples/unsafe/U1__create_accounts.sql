DROP TABLE remember_me_tokens;
DROP TABLE login_events;
DROP TABLE accounts;
