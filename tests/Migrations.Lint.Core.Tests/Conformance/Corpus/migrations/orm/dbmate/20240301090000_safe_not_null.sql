-- migrate:up
set lock_timeout = '2s';
set statement_timeout = '15min';

alter table api_keys add constraint api_keys_scopes_not_null check (scopes is not null) not valid;
alter table api_keys validate constraint api_keys_scopes_not_null;
alter table api_keys alter column scopes set not null;
alter table api_keys drop constraint api_keys_scopes_not_null;

reset statement_timeout;
reset lock_timeout;

-- migrate:down
-- nothing to undo: the column was already logically NOT NULL
