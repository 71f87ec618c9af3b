-- Undo V1. In a full rollback this runs last, after every table referencing users is gone.
SET lock_timeout = '5s';

DROP TABLE users;
DROP FUNCTION set_updated_at();
