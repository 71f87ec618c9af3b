-- BEGIN ATOMIC bodies with several DML statements, RETURNING and a nested
-- CASE; each inner ';' must not end the outer CREATE statement.
CREATE OR REPLACE FUNCTION accounts.register(p_email text, p_plan text DEFAULT 'free')
RETURNS bigint
LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO accounts.users (email, plan, trial_ends_at)
    VALUES (lower(p_email),
            p_plan,
            CASE p_plan
                WHEN 'free' THEN NULL
                WHEN 'pro' THEN now() + interval '14 days'
                ELSE now() + interval '30 days'
            END);
    INSERT INTO accounts.audit (email, event) VALUES (lower(p_email), 'registered');
    SELECT id FROM accounts.users WHERE email = lower(p_email);
END;

CREATE OR REPLACE PROCEDURE accounts.close(p_user_id bigint, p_reason text)
LANGUAGE sql
BEGIN ATOMIC
    UPDATE accounts.users
       SET closed_at = now(),
           close_reason = CASE WHEN p_reason IS NULL OR p_reason = '' THEN 'unspecified' ELSE p_reason END
     WHERE id = p_user_id AND closed_at IS NULL;
    DELETE FROM accounts.sessions WHERE user_id = p_user_id;
END;

CREATE FUNCTION accounts.empty_body() RETURNS void LANGUAGE sql BEGIN ATOMIC END;

SELECT accounts.register('Ada@Example.org', 'pro');
CALL accounts.close(1, NULL);
