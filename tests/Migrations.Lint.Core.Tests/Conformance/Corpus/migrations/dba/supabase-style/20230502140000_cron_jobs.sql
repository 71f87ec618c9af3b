-- Nightly cleanup of expired sessions, every day at 03:30 UTC.
select cron.schedule(
  'purge-expired-sessions',
  '30 3 * * *',
  $$ delete from public.sessions where expires_at < now() - interval '7 days' $$
);

-- Refresh the leaderboard every five minutes.
select cron.schedule('refresh-leaderboard', '*/5 * * * *', 'refresh materialized view concurrently public.leaderboard');

-- Call an edge function through pg_net once an hour.
select
  cron.schedule(
    'invoke-digest-function',
    '0 * * * *',
    $$
    select
      net.http_post(
          url:='https://project-ref.supabase.co/functions/v1/digest',
          headers:='{"Content-Type": "application/json"}'::jsonb,
          body:=concat('{"time": "', now(), '"}')::jsonb
      ) as request_id;
    $$
  );

-- The old job was renamed; drop it if it is still around.
select cron.unschedule(jobid) from cron.job where jobname = 'purge_sessions';
