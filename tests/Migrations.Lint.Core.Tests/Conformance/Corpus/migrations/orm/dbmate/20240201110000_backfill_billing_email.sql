-- migrate:up
update accounts a
   set billing_email = u.email
  from (select distinct on (account_id) account_id, email
          from account_members
         where role = 'owner'
         order by account_id, created_at) u
 where u.account_id = a.id
   and a.billing_email is null;

alter table accounts alter column billing_email set not null;

-- migrate:down
alter table accounts alter column billing_email drop not null;
