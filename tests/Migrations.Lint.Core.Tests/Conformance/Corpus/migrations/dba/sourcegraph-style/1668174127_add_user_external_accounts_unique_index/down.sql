DROP INDEX CONCURRENTLY IF EXISTS user_external_accounts_account;
