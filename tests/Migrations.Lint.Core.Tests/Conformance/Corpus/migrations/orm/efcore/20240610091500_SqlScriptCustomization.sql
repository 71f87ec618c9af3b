START TRANSACTION;

/* migrationBuilder.Sql(@"...") — raw SQL kept verbatim from the C# migration */
ALTER TABLE "Articles" ADD "WordCount" integer NOT NULL DEFAULT 0;

UPDATE "Articles"
SET "WordCount" = coalesce(array_length(regexp_split_to_array(trim("Body"), E'\\s+'), 1), 0)
WHERE "Body" IS NOT NULL;

ALTER TABLE "Articles" ADD "AuthorId" text;

CREATE INDEX "IX_Articles_Body_Trgm" ON "Articles" USING gin ("Body" gin_trgm_ops);

ALTER TABLE "Articles" ADD CONSTRAINT "FK_Articles_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240610091500_SqlScriptCustomization', '8.0.6');

COMMIT;

