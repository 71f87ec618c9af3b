CREATE SCHEMA IF NOT EXISTS public;
DO $$
BEGIN
IF NOT EXISTS (SELECT 1 FROM pg_type
               WHERE typname = 'oban_job_state'
                 AND typnamespace = 'public'::regnamespace::oid) THEN
    CREATE TYPE "public".oban_job_state AS ENUM (
      'available',
      'scheduled',
      'executing',
      'retryable',
      'completed',
      'discarded'
    );
  END IF;
END$$;
CREATE TABLE IF NOT EXISTS "public"."oban_jobs" ("id" bigserial, "state" "public".oban_job_state DEFAULT 'available' NOT NULL, "queue" text DEFAULT 'default' NOT NULL, "worker" text NOT NULL, "args" jsonb DEFAULT '{}' NOT NULL, "errors" jsonb[] DEFAULT ARRAY[]::jsonb[] NOT NULL, "attempt" integer DEFAULT 0 NOT NULL, "max_attempts" integer DEFAULT 20 NOT NULL, "inserted_at" timestamp without time zone DEFAULT timezone('UTC', now()) NOT NULL, "scheduled_at" timestamp without time zone DEFAULT timezone('UTC', now()) NOT NULL, "attempted_at" timestamp without time zone, "completed_at" timestamp without time zone, PRIMARY KEY ("id"));
ALTER TABLE "public"."oban_jobs" ADD CONSTRAINT "attempt_range" CHECK (((attempt = 0) AND (state = 'available')) OR (attempt > 0));
CREATE INDEX IF NOT EXISTS "oban_jobs_queue_index" ON "public"."oban_jobs" ("queue");
CREATE INDEX IF NOT EXISTS "oban_jobs_state_index" ON "public"."oban_jobs" ("state");
CREATE INDEX IF NOT EXISTS "oban_jobs_scheduled_at_index" ON "public"."oban_jobs" ("scheduled_at");
CREATE OR REPLACE FUNCTION "public".oban_jobs_notify() RETURNS trigger AS $$
DECLARE
  channel text;
  notice json;
BEGIN
  IF NEW.state = 'available' THEN
    channel = 'public.oban_insert';
    notice = json_build_object('queue', NEW.queue);

    PERFORM pg_notify(channel, notice::text);
  END IF;

  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS oban_notify ON "public".oban_jobs;
CREATE TRIGGER oban_notify
AFTER INSERT ON "public".oban_jobs
FOR EACH ROW EXECUTE PROCEDURE "public".oban_jobs_notify();
