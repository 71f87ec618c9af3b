ALTER TABLE "Projects" ADD CONSTRAINT "projects_owner_title_uk" UNIQUE ("ownerId", "title");
ALTER TABLE "Tasks" ADD COLUMN "assigneeId" INTEGER;
ALTER TABLE "Tasks" ADD CONSTRAINT "Tasks_assigneeId_Users_fk" FOREIGN KEY ("assigneeId") REFERENCES "Users" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "tasks_assignee_id" ON "Tasks" ("assigneeId") WHERE "done" = false;
