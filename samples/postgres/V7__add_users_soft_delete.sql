-- Soft delete: accounts are marked, not removed, so audit history keeps its user_id.
-- Nullable with no default: a catalog-only change. V7.1 adapts the indexes.
SET lock_timeout = '5s';

ALTER TABLE users ADD COLUMN deleted_at timestamptz;
