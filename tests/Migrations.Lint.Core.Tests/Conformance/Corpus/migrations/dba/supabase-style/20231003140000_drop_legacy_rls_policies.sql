drop policy if exists "Individuals can view their own todos. " on public.todos;
drop policy if exists "Allow logged-in read access" on public.messages;
drop policy "Public profiles are viewable by everyone." on profiles;

create policy "Profiles visible to signed-in users" on public.profiles
  for select to authenticated using (true);

alter policy "Individuals can update their own todos." on public.todos
  rename to "todos: owner can update";

alter policy "todos: owner can update" on public.todos
  to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);
