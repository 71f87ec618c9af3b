ALTER TABLE tags ADD COLUMN trendable boolean;
ALTER TABLE tags ADD COLUMN usable boolean;
ALTER TABLE tags ADD COLUMN listable boolean;
ALTER TABLE tags ADD COLUMN reviewed_at timestamp without time zone;
ALTER TABLE tags ADD COLUMN requested_review_at timestamp without time zone;
ALTER TABLE tags ADD COLUMN last_status_at timestamp without time zone;
ALTER TABLE tags ADD COLUMN max_score double precision;
ALTER TABLE tags ADD COLUMN max_score_at timestamp without time zone;
ALTER TABLE tags ADD COLUMN display_name character varying;
