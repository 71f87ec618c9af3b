--
-- Name: posts_search_trigger(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.posts_search_trigger() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  new.search_document :=
    setweight(to_tsvector('pg_catalog.english', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('pg_catalog.english', coalesce(new.content, '')), 'D');
  return new;
end
$$;


--
-- Name: posts tsvectorupdate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tsvectorupdate BEFORE INSERT OR UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION public.posts_search_trigger();


--
-- Name: index_posts_on_search_document; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_posts_on_search_document ON public.posts USING gin (search_document);


--
-- Name: recent_posts; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public.recent_posts AS
 SELECT posts.id,
    posts.title,
    posts.published_at
   FROM public.posts
  WHERE (posts.published_at > (now() - '30 days'::interval))
  WITH NO DATA;
