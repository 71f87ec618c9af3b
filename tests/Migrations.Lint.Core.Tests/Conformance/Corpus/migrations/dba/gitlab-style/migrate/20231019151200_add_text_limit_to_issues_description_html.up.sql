/*
 * Text columns must have a limit. We add the CHECK as NOT VALID first, so the
 * statement does not scan the (very large) issues table while holding
 * ACCESS EXCLUSIVE. See post_migrate/20231019151300_validate_text_limit…
 */
SET lock_timeout = '3s';
SET statement_timeout = '15s';

ALTER TABLE issues
    ADD CONSTRAINT check_issues_description_html_length
    CHECK (char_length(description_html) <= 1048576) NOT VALID;
