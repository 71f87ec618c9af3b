create or replace function storage.extension(name text)
  returns text
  language plpgsql
  immutable
as $function$
declare
  _parts text[];
  _filename text;
begin
  select string_to_array(name, '/') into _parts;
  select _parts[array_length(_parts, 1)] into _filename;
  -- @todo return the last part instead of 2
  return reverse(split_part(reverse(_filename), '.', 1));
end
$function$;

create or replace function storage.search(prefix text, bucketname text, limits int default 100, levels int default 1, offsets int default 0)
  returns table (
    name text,
    id uuid,
    updated_at timestamptz,
    created_at timestamptz,
    last_accessed_at timestamptz,
    metadata jsonb
  )
  language plpgsql
  stable
as $func$
begin
  return query
    with files_folders as (
      select path_tokens[levels] as folder
        from storage.objects
       where objects.name ilike prefix || '%'
         and bucket_id = bucketname
       group by folder
       limit limits
      offset offsets
    )
    select files_folders.folder as name, objects.id, objects.updated_at, objects.created_at,
           objects.last_accessed_at, objects.metadata
      from files_folders
      left join storage.objects
        on prefix || files_folders.folder = objects.name
       and objects.bucket_id = bucketname;
end
$func$;

alter function storage.search(text, text, int, int, int) owner to supabase_storage_admin;
grant all on function storage.search(text, text, int, int, int) to service_role, authenticated, anon;
