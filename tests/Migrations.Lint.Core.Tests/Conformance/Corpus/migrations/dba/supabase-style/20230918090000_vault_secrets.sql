select vault.create_secret('sk_live_placeholder', 'stripe_api_key', 'Stripe key used by the billing webhook');

create or replace function private.stripe_key()
returns text
language sql
security definer
set search_path = ''
as $$
  select decrypted_secret from vault.decrypted_secrets where name = 'stripe_api_key' limit 1;
$$;

revoke execute on function private.stripe_key() from public, anon, authenticated;
