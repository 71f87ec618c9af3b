-- VALIDATE only takes SHARE UPDATE EXCLUSIVE, so reads and writes continue.
ALTER TABLE approvals VALIDATE CONSTRAINT fk_approvals_merge_request_id;
