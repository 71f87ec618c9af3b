-- Undo V8.1: clear the copied values again. The trigger does not mirror a NULL display_name
-- back into full_name, so full_name is untouched.
UPDATE users
SET display_name = NULL
WHERE display_name = full_name;
