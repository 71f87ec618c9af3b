-- Read model for authorization checks: one row per permission a user holds through any role.
CREATE OR REPLACE VIEW user_effective_permissions AS
SELECT DISTINCT ur.user_id, p.code AS permission_code
FROM user_roles AS ur
JOIN role_permissions AS rp ON rp.role_id = ur.role_id
JOIN permissions AS p ON p.id = rp.permission_id;

CREATE OR REPLACE FUNCTION user_has_permission(p_user_id bigint, p_permission_code text) RETURNS boolean
    LANGUAGE sql
    STABLE
AS $$
    SELECT EXISTS (
        SELECT 1
        FROM user_effective_permissions
        WHERE user_id = p_user_id
          AND permission_code = p_permission_code);
$$;
