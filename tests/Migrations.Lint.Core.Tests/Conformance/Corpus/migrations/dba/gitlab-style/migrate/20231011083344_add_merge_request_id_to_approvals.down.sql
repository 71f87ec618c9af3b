ALTER TABLE approvals DROP CONSTRAINT IF EXISTS fk_approvals_merge_request_id;
ALTER TABLE approvals DROP COLUMN IF EXISTS merge_request_iid;
