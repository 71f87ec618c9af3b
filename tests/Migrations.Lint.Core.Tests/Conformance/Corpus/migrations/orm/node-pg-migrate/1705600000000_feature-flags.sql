-- Up Migration
CREATE TYPE "flag_kind" AS ENUM ('boolean', 'percentage', 'segment');
CREATE TABLE "feature_flags" (
  "key" text PRIMARY KEY,
  "kind" "flag_kind" DEFAULT 'boolean' NOT NULL,
  "enabled" boolean DEFAULT false NOT NULL,
  "rollout" smallint DEFAULT 0 NOT NULL CHECK (rollout BETWEEN 0 AND 100),
  "rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
  "updated_at" timestamptz DEFAULT now() NOT NULL
);
COMMENT ON TABLE "feature_flags" IS $$Flags read by the API on every request; keep rows small.$$;

-- Down Migration
DROP TABLE "feature_flags";
DROP TYPE "flag_kind";
