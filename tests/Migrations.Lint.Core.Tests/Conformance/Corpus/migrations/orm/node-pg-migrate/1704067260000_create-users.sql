-- Up Migration
CREATE TABLE "users" (
  "id" serial PRIMARY KEY,
  "name" varchar(1000) NOT NULL,
  "created_at" timestamp DEFAULT current_timestamp NOT NULL
);

-- Down Migration
DROP TABLE "users";
