ALTER TABLE "post" ADD "deletedAt" TIMESTAMP;
ALTER TABLE "post" ADD "version" integer NOT NULL;
CREATE INDEX "IDX_e28aa0c4114146bfb1567bfa9a" ON "post" ("title") ;
CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "user" ("email") WHERE "isActive" = true;
CREATE INDEX "IDX_post_meta_gin" ON "post" USING gin ("meta");
