-- ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PG12,
-- and the new value cannot be used in the same transaction even today.
ALTER TYPE critical_or_site ADD VALUE IF NOT EXISTS 'site' AFTER 'critical';
ALTER TYPE feature_flag_type ADD VALUE IF NOT EXISTS 'rollout';
