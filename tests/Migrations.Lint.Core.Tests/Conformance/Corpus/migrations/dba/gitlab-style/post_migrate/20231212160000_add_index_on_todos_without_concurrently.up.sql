-- UNSAFE: todos has >300M rows; a plain CREATE INDEX blocks all writes for
-- the duration of the build. This slipped through review and caused INC-4711.
CREATE INDEX index_todos_on_user_id_and_id_pending ON todos (user_id, id) WHERE state = 'pending';
CREATE UNIQUE INDEX index_todos_on_note_id_user_id ON public.todos USING btree (note_id, user_id);
