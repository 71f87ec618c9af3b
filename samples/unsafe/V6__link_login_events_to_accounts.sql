-- HAZARD: TRUNCATE takes ACCESS EXCLUSIVE and deletes the whole login history, with no undo.
-- (Written to get rid of rows whose account no longer exists, which would fail the FK below.)
TRUNCATE login_events;

-- HAZARD: a FOREIGN KEY added without NOT VALID is validated at once: login_events is scanned
-- while SHARE ROW EXCLUSIVE locks on both tables block their writers. Add it NOT VALID, then
-- VALIDATE CONSTRAINT in a later migration.
ALTER TABLE login_events
    ADD CONSTRAINT login_events_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id);
