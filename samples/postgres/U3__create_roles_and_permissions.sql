-- Undo V3. The view and function of R__user_effective_permissions.sql read these tables;
-- they are repeatable objects, so whichever undo removes their inputs removes them too.
SET lock_timeout = '5s';

DROP FUNCTION IF EXISTS user_has_permission(bigint, text);
DROP VIEW IF EXISTS user_effective_permissions;
DROP TABLE user_roles;
DROP TABLE role_permissions;
DROP TABLE permissions;
DROP TABLE roles;
