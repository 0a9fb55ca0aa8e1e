-- Initial schema. Generated from prisma/schema.prisma (Prisma's DDL), followed by the constraints
-- Prisma cannot express, written by hand at the end of this file.

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('FOCAL_POINT', 'RESPONDENT');

-- CreateEnum
CREATE TYPE "FrameworkStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'VALIDATED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "AnswerKind" AS ENUM ('LEVEL', 'NOT_APPLICABLE', 'DONT_KNOW');

-- CreateEnum
CREATE TYPE "ServiceArea" AS ENUM ('CYBER_INVESTIGATIONS', 'OCSEA', 'DIGITAL_FORENSICS', 'DIGITAL_EVIDENCE', 'VIRTUAL_ASSETS', 'PREVENTION_AWARENESS');

-- CreateEnum
CREATE TYPE "DeliveryMode" AS ENUM ('CAPACITY_BUILDING', 'COOPERATION', 'NORMATIVE_ASSISTANCE');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('LINK', 'FILE');

-- CreateEnum
CREATE TYPE "CommentStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "is_admin" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "disabled_at" TIMESTAMPTZ(3),
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "external_identities" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "external_identities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "country_id" UUID NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "assigned_pillar_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_regions" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "countries" (
    "id" UUID NOT NULL,
    "iso2" CHAR(2) NOT NULL,
    "iso3" CHAR(3) NOT NULL,
    "m49_code" CHAR(3) NOT NULL,
    "name" JSONB NOT NULL,
    "m49_region" TEXT NOT NULL,
    "m49_sub_region" TEXT NOT NULL,
    "m49_intermediate_region" TEXT,
    "programme_region_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "countries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "officer_assignments" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "programme_region_id" UUID,
    "country_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "officer_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "framework_versions" (
    "id" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "status" "FrameworkStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "framework_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pillars" (
    "id" UUID NOT NULL,
    "framework_version_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB NOT NULL,

    CONSTRAINT "pillars_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicators" (
    "id" UUID NOT NULL,
    "framework_version_id" UUID NOT NULL,
    "pillar_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "title" JSONB NOT NULL,
    "question" JSONB NOT NULL,
    "guidance" JSONB NOT NULL,
    "levels" JSONB NOT NULL,
    "evidence_guidance" JSONB NOT NULL,
    "uncac_articles" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "budapest_articles" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "services" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "area" "ServiceArea" NOT NULL,
    "mode" "DeliveryMode" NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "services_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_indicators" (
    "service_id" UUID NOT NULL,
    "indicator_code" TEXT NOT NULL,

    CONSTRAINT "service_indicators_pkey" PRIMARY KEY ("service_id","indicator_code")
);

-- CreateTable
CREATE TABLE "assessment_rounds" (
    "id" UUID NOT NULL,
    "country_id" UUID NOT NULL,
    "framework_version_id" UUID NOT NULL,
    "cycle" TEXT NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "opened_by_id" UUID,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(3),
    "validated_at" TIMESTAMPTZ(3),
    "archived_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assessment_rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "round_targets" (
    "round_id" UUID NOT NULL,
    "pillar_id" UUID NOT NULL,
    "target_level" INTEGER NOT NULL DEFAULT 3,

    CONSTRAINT "round_targets_pkey" PRIMARY KEY ("round_id","pillar_id")
);

-- CreateTable
CREATE TABLE "answers" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "kind" "AnswerKind",
    "level" INTEGER,
    "not_applicable_reason" TEXT,
    "target_override" INTEGER,
    "justification" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_items" (
    "id" UUID NOT NULL,
    "answer_id" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT,
    "url" TEXT,
    "file_id" UUID,
    "added_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_files" (
    "id" UUID NOT NULL,
    "country_id" UUID NOT NULL,
    "storage_key" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "content" BYTEA,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_comments" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "indicator_id" UUID,
    "parent_id" UUID,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "status" "CommentStatus" NOT NULL DEFAULT 'OPEN',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" UUID,

    CONSTRAINT "review_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL,
    "country_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'RESPONDENT',
    "assigned_pillar_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "token_hash" CHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "invited_by_id" UUID,
    "accepted_at" TIMESTAMPTZ(3),
    "accepted_by_id" UUID,
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "country_id" UUID,
    "before" JSONB,
    "after" JSONB,
    "request_id" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "external_identities_user_id_idx" ON "external_identities"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "external_identities_provider_subject_key" ON "external_identities"("provider", "subject");

-- CreateIndex
CREATE INDEX "memberships_country_id_role_idx" ON "memberships"("country_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_user_id_country_id_key" ON "memberships"("user_id", "country_id");

-- CreateIndex
CREATE UNIQUE INDEX "programme_regions_code_key" ON "programme_regions"("code");

-- CreateIndex
CREATE UNIQUE INDEX "countries_iso2_key" ON "countries"("iso2");

-- CreateIndex
CREATE UNIQUE INDEX "countries_iso3_key" ON "countries"("iso3");

-- CreateIndex
CREATE UNIQUE INDEX "countries_m49_code_key" ON "countries"("m49_code");

-- CreateIndex
CREATE INDEX "countries_programme_region_id_idx" ON "countries"("programme_region_id");

-- CreateIndex
CREATE INDEX "officer_assignments_programme_region_id_idx" ON "officer_assignments"("programme_region_id");

-- CreateIndex
CREATE INDEX "officer_assignments_country_id_idx" ON "officer_assignments"("country_id");

-- CreateIndex
CREATE UNIQUE INDEX "officer_assignments_user_id_programme_region_id_key" ON "officer_assignments"("user_id", "programme_region_id");

-- CreateIndex
CREATE UNIQUE INDEX "officer_assignments_user_id_country_id_key" ON "officer_assignments"("user_id", "country_id");

-- CreateIndex
CREATE UNIQUE INDEX "framework_versions_version_key" ON "framework_versions"("version");

-- CreateIndex
CREATE INDEX "framework_versions_status_idx" ON "framework_versions"("status");

-- CreateIndex
CREATE UNIQUE INDEX "pillars_framework_version_id_code_key" ON "pillars"("framework_version_id", "code");

-- CreateIndex
CREATE INDEX "indicators_pillar_id_idx" ON "indicators"("pillar_id");

-- CreateIndex
CREATE INDEX "indicators_code_idx" ON "indicators"("code");

-- CreateIndex
CREATE UNIQUE INDEX "indicators_framework_version_id_code_key" ON "indicators"("framework_version_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "services_code_key" ON "services"("code");

-- CreateIndex
CREATE INDEX "services_area_mode_idx" ON "services"("area", "mode");

-- CreateIndex
CREATE INDEX "service_indicators_indicator_code_idx" ON "service_indicators"("indicator_code");

-- CreateIndex
CREATE INDEX "assessment_rounds_status_idx" ON "assessment_rounds"("status");

-- CreateIndex
CREATE INDEX "assessment_rounds_framework_version_id_idx" ON "assessment_rounds"("framework_version_id");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_rounds_country_id_cycle_key" ON "assessment_rounds"("country_id", "cycle");

-- CreateIndex
CREATE INDEX "answers_indicator_id_idx" ON "answers"("indicator_id");

-- CreateIndex
CREATE UNIQUE INDEX "answers_round_id_indicator_id_key" ON "answers"("round_id", "indicator_id");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_items_file_id_key" ON "evidence_items"("file_id");

-- CreateIndex
CREATE INDEX "evidence_items_answer_id_idx" ON "evidence_items"("answer_id");

-- CreateIndex
CREATE UNIQUE INDEX "stored_files_storage_key_key" ON "stored_files"("storage_key");

-- CreateIndex
CREATE INDEX "stored_files_country_id_idx" ON "stored_files"("country_id");

-- CreateIndex
CREATE INDEX "review_comments_round_id_indicator_id_idx" ON "review_comments"("round_id", "indicator_id");

-- CreateIndex
CREATE INDEX "review_comments_parent_id_idx" ON "review_comments"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"("token_hash");

-- CreateIndex
CREATE INDEX "invitations_country_id_email_idx" ON "invitations"("country_id", "email");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_idx" ON "audit_events"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_events_country_id_at_idx" ON "audit_events"("country_id", "at");

-- CreateIndex
CREATE INDEX "audit_events_actor_id_at_idx" ON "audit_events"("actor_id", "at");

-- AddForeignKey
ALTER TABLE "external_identities" ADD CONSTRAINT "external_identities_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "countries" ADD CONSTRAINT "countries_programme_region_id_fkey" FOREIGN KEY ("programme_region_id") REFERENCES "programme_regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "officer_assignments" ADD CONSTRAINT "officer_assignments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "officer_assignments" ADD CONSTRAINT "officer_assignments_programme_region_id_fkey" FOREIGN KEY ("programme_region_id") REFERENCES "programme_regions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "officer_assignments" ADD CONSTRAINT "officer_assignments_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pillars" ADD CONSTRAINT "pillars_framework_version_id_fkey" FOREIGN KEY ("framework_version_id") REFERENCES "framework_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_framework_version_id_fkey" FOREIGN KEY ("framework_version_id") REFERENCES "framework_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_pillar_id_fkey" FOREIGN KEY ("pillar_id") REFERENCES "pillars"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_indicators" ADD CONSTRAINT "service_indicators_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_framework_version_id_fkey" FOREIGN KEY ("framework_version_id") REFERENCES "framework_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_opened_by_id_fkey" FOREIGN KEY ("opened_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_targets" ADD CONSTRAINT "round_targets_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_targets" ADD CONSTRAINT "round_targets_pillar_id_fkey" FOREIGN KEY ("pillar_id") REFERENCES "pillars"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_added_by_id_fkey" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "review_comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_by_id_fkey" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Hand-written constraints (not expressible in schema.prisma)
-- ---------------------------------------------------------------------------------------------

-- Emails are compared lower-cased; store them that way.
ALTER TABLE "users" ADD CONSTRAINT "users_email_lowercase" CHECK ("email" = lower("email"));
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_email_lowercase" CHECK ("email" = lower("email"));

-- An officer assignment names exactly one programme region or one country.
ALTER TABLE "officer_assignments" ADD CONSTRAINT "officer_assignments_one_scope"
  CHECK (("programme_region_id" IS NULL) <> ("country_id" IS NULL));

-- Maturity levels and targets are on the 0..4 scale; weights 1..3.
ALTER TABLE "answers" ADD CONSTRAINT "answers_level_range" CHECK ("level" IS NULL OR "level" BETWEEN 0 AND 4);
ALTER TABLE "answers" ADD CONSTRAINT "answers_target_override_range"
  CHECK ("target_override" IS NULL OR "target_override" BETWEEN 0 AND 4);
-- A level is given exactly when the answer is a level; "not applicable" needs a reason.
ALTER TABLE "answers" ADD CONSTRAINT "answers_level_matches_kind"
  CHECK (("kind" = 'LEVEL') = ("level" IS NOT NULL) OR ("kind" IS NULL AND "level" IS NULL));
ALTER TABLE "answers" ADD CONSTRAINT "answers_na_reason"
  CHECK ("kind" IS DISTINCT FROM 'NOT_APPLICABLE' OR length(coalesce("not_applicable_reason", '')) > 0);
ALTER TABLE "round_targets" ADD CONSTRAINT "round_targets_level_range" CHECK ("target_level" BETWEEN 0 AND 4);
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_weight_range" CHECK ("weight" BETWEEN 1 AND 3);

-- Evidence is a link with a URL or a file with a stored file.
-- (A FILE item may lose its file_id only through the ON DELETE SET NULL of its stored file.)
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_link_has_url"
  CHECK ("kind" <> 'LINK' OR "url" IS NOT NULL);

-- At most one open round per country (validated and archived rounds are closed).
CREATE UNIQUE INDEX "assessment_rounds_one_open_per_country" ON "assessment_rounds" ("country_id")
  WHERE "status" NOT IN ('VALIDATED', 'ARCHIVED');

-- A published framework version is immutable: its pillars and indicators cannot be added, changed or
-- removed, and the version itself can only move on to RETIRED.
CREATE FUNCTION "framework_refuse_published_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
  v_status "FrameworkStatus";
BEGIN
  IF TG_OP = 'DELETE' THEN v_id := OLD."framework_version_id"; ELSE v_id := NEW."framework_version_id"; END IF;
  SELECT "status" INTO v_status FROM "framework_versions" WHERE "id" = v_id;
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

CREATE TRIGGER "pillars_immutable_when_published" BEFORE INSERT OR UPDATE OR DELETE ON "pillars"
  FOR EACH ROW EXECUTE FUNCTION "framework_refuse_published_change"();
CREATE TRIGGER "indicators_immutable_when_published" BEFORE INSERT OR UPDATE OR DELETE ON "indicators"
  FOR EACH ROW EXECUTE FUNCTION "framework_refuse_published_change"();

CREATE FUNCTION "framework_version_refuse_published_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" <> 'DRAFT' THEN
      RAISE EXCEPTION 'framework version % is published and cannot be deleted', OLD."id"
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."status" <> 'DRAFT' AND (
       NEW."version" IS DISTINCT FROM OLD."version" OR NEW."name" IS DISTINCT FROM OLD."name"
    OR NEW."description" IS DISTINCT FROM OLD."description"
    OR NEW."published_at" IS DISTINCT FROM OLD."published_at"
    OR NEW."status" = 'DRAFT') THEN
    RAISE EXCEPTION 'framework version % is published and cannot be changed', OLD."id"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "framework_versions_immutable_when_published" BEFORE UPDATE OR DELETE ON "framework_versions"
  FOR EACH ROW EXECUTE FUNCTION "framework_version_refuse_published_change"();

-- Audit events are append-only. The one update allowed is the foreign key's ON DELETE SET NULL of
-- the actor, so that deleting a user keeps the trail of what they did.
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."actor_id" IS NULL
     AND (NEW."id", NEW."action", NEW."entity_type", NEW."entity_id", NEW."country_id", NEW."before",
          NEW."after", NEW."request_id", NEW."at")
         IS NOT DISTINCT FROM
         (OLD."id", OLD."action", OLD."entity_type", OLD."entity_id", OLD."country_id", OLD."before",
          OLD."after", OLD."request_id", OLD."at") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "audit_events_no_update" BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();
