BEGIN;
--
-- Create constraint user_email_ci_uniq on model user
--
CREATE UNIQUE INDEX "user_email_ci_uniq" ON "accounts_user" ((UPPER("email")));
--
-- Create index active_staff_idx on field(s) last_login of model user
--
CREATE INDEX "active_staff_idx" ON "accounts_user" ("last_login") WHERE ("is_active" AND "is_staff");
COMMIT;
