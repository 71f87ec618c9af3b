-- Running upgrade 9a0c1d2e3f45 -> 5b6c7d8e9f01
-- op.execute() inside autocommit_block(): ALTER TYPE ... ADD VALUE must run outside a transaction block on PG < 12

COMMIT;

ALTER TYPE itemstatus ADD VALUE 'PENDING_REVIEW' AFTER 'DRAFT';

BEGIN;

UPDATE alembic_version SET version_num='5b6c7d8e9f01' WHERE alembic_version.version_num = '9a0c1d2e3f45';

COMMIT;

