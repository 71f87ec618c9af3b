-- Expand step of renaming users.full_name to users.display_name without breaking deployed code:
-- releases that still read and write full_name keep working, because the trigger mirrors
-- writes between the two columns. V8.1 backfills, V9 to V10.1 make display_name NOT NULL.
-- The contract step (dropping full_name and the trigger) ships in a later release, once no
-- deployed code reads full_name. Also adds the public handle, made unique in V9.1 and V10.2.
SET lock_timeout = '5s';

-- Nullable, no default: catalog-only changes.
ALTER TABLE users ADD COLUMN display_name text;
ALTER TABLE users ADD COLUMN handle text;

CREATE FUNCTION users_sync_display_name() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.display_name := coalesce(NEW.display_name, NEW.full_name);
        NEW.full_name := coalesce(NEW.full_name, NEW.display_name);
    ELSIF NEW.display_name IS DISTINCT FROM OLD.display_name AND NEW.display_name IS NOT NULL THEN
        -- Written by new code; when both changed, the new column wins.
        NEW.full_name := NEW.display_name;
    ELSIF NEW.full_name IS DISTINCT FROM OLD.full_name THEN
        -- Written by old code.
        NEW.display_name := NEW.full_name;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER users_sync_display_name
    BEFORE INSERT OR UPDATE OF full_name, display_name ON users
    FOR EACH ROW EXECUTE FUNCTION users_sync_display_name();
