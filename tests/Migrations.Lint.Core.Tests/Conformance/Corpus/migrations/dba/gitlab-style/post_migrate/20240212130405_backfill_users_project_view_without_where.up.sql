-- UNSAFE: single UPDATE over the whole table, no batching and no WHERE.
-- Long-running transaction, massive WAL and table bloat.
UPDATE users SET project_view = 2;
UPDATE user_preferences SET tab_width = 8, updated_at = now();
