alter role authenticator set pgrst.db_schemas = 'public, storage, graphql_public';
alter role authenticator set pgrst.db_max_rows = '1000';
alter role authenticated set statement_timeout = '8s';
alter role anon set statement_timeout = '3s';

-- Tell PostgREST to reload its schema cache.
notify pgrst, 'reload schema';
notify pgrst, 'reload config';
