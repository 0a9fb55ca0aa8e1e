-- Framework versions' life cycle (issue 15, item 4): DRAFT -> PUBLISHED -> RETIRED, never back, at
-- most one PUBLISHED, and only a draft may be deleted. Fixes two defects of the triggers of
-- 20261123080000_init:
-- (a) A draft could not be deleted. Deleting the version cascades to its pillars and indicators,
--     whose trigger looked the version up to check it is a draft; by then the version row is gone
--     (the cascade runs after the parent's delete), the status read as NULL, and NULL counted as
--     "not a draft", so the cascade, and with it the delete, failed. A row whose version no longer
--     exists is now let go on DELETE: that only happens inside the version's own deletion, which the
--     version's trigger allows for drafts only. (A version that rounds are pinned to cannot be
--     deleted at all: assessment_rounds' foreign key is ON DELETE RESTRICT.)
-- (b) A retired version could be published again: the version's trigger refused only a move back
--     to DRAFT. Each status change is now checked against the allowed ones.

-- AlterTable
ALTER TABLE "framework_versions" ADD COLUMN     "retired_at" TIMESTAMPTZ(3);

CREATE OR REPLACE FUNCTION "framework_refuse_published_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
  v_found boolean;
  v_status "FrameworkStatus";
BEGIN
  IF TG_OP = 'DELETE' THEN v_id := OLD."framework_version_id"; ELSE v_id := NEW."framework_version_id"; END IF;
  SELECT true, "status" INTO v_found, v_status FROM "framework_versions" WHERE "id" = v_id;
  -- (a): the version is being deleted (a cascade from a draft's deletion).
  IF TG_OP = 'DELETE' AND v_found IS NULL THEN RETURN OLD; END IF;
  IF v_status IS DISTINCT FROM 'DRAFT' THEN
    RAISE EXCEPTION 'framework version % is published and cannot be changed', v_id
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."framework_version_id" <> NEW."framework_version_id" THEN
    SELECT "status" INTO v_status FROM "framework_versions" WHERE "id" = OLD."framework_version_id";
    IF v_status IS DISTINCT FROM 'DRAFT' THEN
      RAISE EXCEPTION 'framework version % is published and cannot be changed', OLD."framework_version_id"
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION "framework_version_refuse_published_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" <> 'DRAFT' THEN
      RAISE EXCEPTION 'framework version % is published and cannot be deleted', OLD."id"
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  -- (b): the moves allowed are DRAFT -> PUBLISHED and PUBLISHED -> RETIRED (and staying put).
  IF NOT ((OLD."status", NEW."status") IN (('DRAFT', 'DRAFT'), ('DRAFT', 'PUBLISHED'), ('PUBLISHED', 'PUBLISHED'),
                                           ('PUBLISHED', 'RETIRED'), ('RETIRED', 'RETIRED'))) THEN
    RAISE EXCEPTION 'framework version % cannot move from % to %', OLD."id", OLD."status", NEW."status"
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD."status" <> 'DRAFT' AND (
       NEW."version" IS DISTINCT FROM OLD."version" OR NEW."name" IS DISTINCT FROM OLD."name"
    OR NEW."description" IS DISTINCT FROM OLD."description"
    OR NEW."published_at" IS DISTINCT FROM OLD."published_at"
    OR (OLD."status" = 'RETIRED' AND NEW."retired_at" IS DISTINCT FROM OLD."retired_at")) THEN
    RAISE EXCEPTION 'framework version % is published and cannot be changed', OLD."id"
      USING ERRCODE = 'check_violation';
  END IF;
  -- The dates follow the status: set when it moves there, absent before.
  IF OLD."status" = 'DRAFT' AND NEW."status" = 'PUBLISHED' THEN NEW."published_at" := coalesce(NEW."published_at", now()); END IF;
  IF OLD."status" = 'PUBLISHED' AND NEW."status" = 'RETIRED' THEN NEW."retired_at" := coalesce(NEW."retired_at", now()); END IF;
  IF NEW."status" = 'DRAFT' THEN NEW."published_at" := NULL; END IF;
  IF NEW."status" <> 'RETIRED' THEN NEW."retired_at" := NULL; END IF;
  RETURN NEW;
END $$;

-- A version is written as a draft: one inserted as published or retired would skip the checks above.
CREATE FUNCTION "framework_version_insert_as_draft"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> 'DRAFT' THEN
    RAISE EXCEPTION 'a framework version is created as a draft, then published' USING ERRCODE = 'check_violation';
  END IF;
  NEW."published_at" := NULL;
  NEW."retired_at" := NULL;
  RETURN NEW;
END $$;
CREATE TRIGGER "framework_versions_insert_as_draft" BEFORE INSERT ON "framework_versions"
  FOR EACH ROW EXECUTE FUNCTION "framework_version_insert_as_draft"();

-- At most one published version: the one new rounds are opened on.
CREATE UNIQUE INDEX "framework_versions_one_published" ON "framework_versions" ("status") WHERE "status" = 'PUBLISHED';
