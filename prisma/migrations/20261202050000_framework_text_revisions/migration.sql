-- Text revisions of a published framework version (issue 15, item 4): "text-only corrections
-- (typos, translations) to a published version are an audited text revision that changes no code,
-- level count, weight or reference; anything structural needs a new version."
--
-- A transaction declares a revision with SET LOCAL cybercap.framework_text_revision = '<id>', where
-- <id> is a framework_text_revisions row of that very version, inserted earlier by the same
-- transaction (lib/frameworks/revise.ts). Only then, and only for a PUBLISHED version, may the text
-- columns change: the version's name and description, a pillar's name and description, an
-- indicator's title, question, guidance, evidence guidance and level descriptors (as many
-- descriptors as before). Every other column (ids, the version link, codes, positions, the pillar
-- an indicator is in, weights, Convention articles, status and dates) stays refused, as do inserts
-- and deletes. The comparison is "the row without its text columns is unchanged", so a column added
-- later is structural until it is listed here (fails closed).
--
-- Published only, not retired: a retired version is the record of what the rounds pinned to it were
-- answered and validated against; correcting it would rewrite that record. The issue asks for
-- corrections to "a published version", and the published one is what new rounds are opened on.
-- CreateTable
CREATE TABLE "framework_text_revisions" (
    "id" UUID NOT NULL,
    "framework_version_id" UUID NOT NULL,
    "actor_id" UUID,
    "reason" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "framework_text_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "framework_text_revisions_framework_version_id_created_at_idx" ON "framework_text_revisions"("framework_version_id", "created_at");

-- AddForeignKey
ALTER TABLE "framework_text_revisions" ADD CONSTRAINT "framework_text_revisions_framework_version_id_fkey" FOREIGN KEY ("framework_version_id") REFERENCES "framework_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "framework_text_revisions" ADD CONSTRAINT "framework_text_revisions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Append-only, like audit_events: the one update allowed is the actor's ON DELETE SET NULL.
CREATE FUNCTION "framework_text_revisions_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."actor_id" IS NULL
     AND (to_jsonb(NEW) - 'actor_id') = (to_jsonb(OLD) - 'actor_id') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'framework text revisions cannot be changed or deleted' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER "framework_text_revisions_append_only" BEFORE UPDATE OR DELETE ON "framework_text_revisions"
  FOR EACH ROW EXECUTE FUNCTION "framework_text_revisions_append_only"();

-- A revision is of a published version.
CREATE FUNCTION "framework_text_revisions_of_published"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "framework_versions" WHERE "id" = NEW."framework_version_id" AND "status" = 'PUBLISHED') THEN
    RAISE EXCEPTION 'only a published framework version takes a text revision' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "framework_text_revisions_of_published" BEFORE INSERT ON "framework_text_revisions"
  FOR EACH ROW EXECUTE FUNCTION "framework_text_revisions_of_published"();

-- True when the current transaction declares a text revision of this version: the setting names a
-- revision of it that this very transaction inserted (its xmin is this transaction's id, at the top
-- level; Prisma's interactive transactions use no savepoints). A revision committed earlier cannot be
-- declared again to reopen the texts.
CREATE FUNCTION "framework_text_revision_declared"(p_version uuid) RETURNS boolean LANGUAGE sql VOLATILE AS $$
  SELECT EXISTS (
    SELECT 1 FROM "framework_text_revisions"
    WHERE "id"::text = nullif(current_setting('cybercap.framework_text_revision', true), '')
      AND "framework_version_id" = p_version
      AND "xmin"::text::bigint = pg_current_xact_id()::text::bigint % 4294967296)
$$;

CREATE OR REPLACE FUNCTION "framework_refuse_published_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
  v_found boolean;
  v_status "FrameworkStatus";
  v_text text[];
BEGIN
  IF TG_OP = 'DELETE' THEN v_id := OLD."framework_version_id"; ELSE v_id := NEW."framework_version_id"; END IF;
  SELECT true, "status" INTO v_found, v_status FROM "framework_versions" WHERE "id" = v_id;
  -- The version is being deleted (a cascade from a draft's deletion; 20261202020000 (a)).
  IF TG_OP = 'DELETE' AND v_found IS NULL THEN RETURN OLD; END IF;
  -- A declared text revision of a published version: the text columns, and nothing else.
  IF TG_OP = 'UPDATE' AND v_status = 'PUBLISHED' AND "framework_text_revision_declared"(v_id) THEN
    IF TG_TABLE_NAME = 'pillars' THEN
      v_text := ARRAY['name', 'description'];
    ELSE
      v_text := ARRAY['title', 'question', 'guidance', 'evidence_guidance', 'levels'];
      IF jsonb_typeof(NEW."levels") IS DISTINCT FROM 'array'
         OR jsonb_array_length(NEW."levels") <> jsonb_array_length(OLD."levels") THEN
        RAISE EXCEPTION 'a text revision of framework version % cannot change the number of levels', v_id
          USING ERRCODE = 'check_violation';
      END IF;
    END IF;
    IF (to_jsonb(NEW) - v_text) IS DISTINCT FROM (to_jsonb(OLD) - v_text) THEN
      RAISE EXCEPTION 'a text revision of framework version % changes only texts', v_id
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
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
DECLARE
  v_text_revision boolean;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" <> 'DRAFT' THEN
      RAISE EXCEPTION 'framework version % is published and cannot be deleted', OLD."id"
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF NOT ((OLD."status", NEW."status") IN (('DRAFT', 'DRAFT'), ('DRAFT', 'PUBLISHED'), ('PUBLISHED', 'PUBLISHED'),
                                           ('PUBLISHED', 'RETIRED'), ('RETIRED', 'RETIRED'))) THEN
    RAISE EXCEPTION 'framework version % cannot move from % to %', OLD."id", OLD."status", NEW."status"
      USING ERRCODE = 'check_violation';
  END IF;
  -- A declared text revision of the published version may change its name and description.
  v_text_revision := OLD."status" = 'PUBLISHED' AND NEW."status" = 'PUBLISHED' AND "framework_text_revision_declared"(OLD."id");
  IF OLD."status" <> 'DRAFT' AND (
       NEW."version" IS DISTINCT FROM OLD."version"
    OR (NOT v_text_revision AND NEW."name" IS DISTINCT FROM OLD."name")
    OR (NOT v_text_revision AND NEW."description" IS DISTINCT FROM OLD."description")
    OR NEW."published_at" IS DISTINCT FROM OLD."published_at"
    OR (OLD."status" = 'RETIRED' AND NEW."retired_at" IS DISTINCT FROM OLD."retired_at")) THEN
    RAISE EXCEPTION 'framework version % is published and cannot be changed', OLD."id"
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD."status" = 'DRAFT' AND NEW."status" = 'PUBLISHED' THEN NEW."published_at" := coalesce(NEW."published_at", now()); END IF;
  IF OLD."status" = 'PUBLISHED' AND NEW."status" = 'RETIRED' THEN NEW."retired_at" := coalesce(NEW."retired_at", now()); END IF;
  IF NEW."status" = 'DRAFT' THEN NEW."published_at" := NULL; END IF;
  IF NEW."status" <> 'RETIRED' THEN NEW."retired_at" := NULL; END IF;
  RETURN NEW;
END $$;
