/* Hand-written queryRunner.query() calls: keep "updatedAt" current without relying on the ORM. */
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS TRIGGER AS $$
BEGIN
  NEW."updatedAt" = now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "trg_order_updated_at" BEFORE UPDATE ON "order" FOR EACH ROW EXECUTE PROCEDURE set_updated_at();
CREATE TRIGGER "trg_user_updated_at" BEFORE UPDATE ON "user" FOR EACH ROW EXECUTE PROCEDURE set_updated_at();
