SET lock_timeout TO '5s';

ALTER TABLE approvals ADD COLUMN IF NOT EXISTS merge_request_iid bigint;

-- Foreign key is added NOT VALID so the ALTER only takes a brief
-- SHARE ROW EXCLUSIVE lock; validation happens in a post-deployment migration.
ALTER TABLE approvals
    ADD CONSTRAINT fk_approvals_merge_request_id
    FOREIGN KEY (merge_request_id) REFERENCES merge_requests (id)
    ON DELETE CASCADE
    NOT VALID;
