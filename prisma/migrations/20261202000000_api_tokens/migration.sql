-- CreateEnum
CREATE TYPE "ApiTokenScope" AS ENUM ('READ', 'READ_WRITE');

-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "via_token_id" UUID;

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "ApiTokenScope" NOT NULL,
    "prefix" TEXT NOT NULL,
    "secret_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_secret_hash_key" ON "api_tokens"("secret_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_created_at_idx" ON "api_tokens"("user_id", "created_at");

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below.

-- Expiry bounded like the form (lib/api-tokens/schemas.ts: 1 to 365 days), and a name.
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_expiry_bounded"
  CHECK ("expires_at" > "created_at" AND "expires_at" <= "created_at" + interval '366 days');
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_name_present" CHECK (length(btrim("name")) BETWEEN 1 AND 80);

-- The hash chain covers the new column when it is set; an event without it hashes exactly as
-- before, so the events already chained keep their hashes.
CREATE OR REPLACE FUNCTION "cybercap_audit_hash"("prev" TEXT, "e" "audit_events") RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(
    coalesce("prev", '') || E'\n' || "e"."id"::text || E'\n' || coalesce("e"."actor_id"::text, '') || E'\n' ||
    "e"."action" || E'\n' || "e"."entity_type" || E'\n' || "e"."entity_id" || E'\n' || coalesce("e"."country_id"::text, '') || E'\n' ||
    coalesce("e"."before"::text, '') || E'\n' || coalesce("e"."after"::text, '') || E'\n' || coalesce("e"."request_id", '') || E'\n' ||
    to_char("e"."at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') ||
    CASE WHEN "e"."via_token_id" IS NULL THEN '' ELSE E'\n' || 'token:' || "e"."via_token_id"::text END,
  'UTF8')), 'hex')
$$;

-- Append-only, the new column included.
CREATE OR REPLACE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."actor_id" IS NULL
     AND (NEW."id", NEW."action", NEW."entity_type", NEW."entity_id", NEW."country_id", NEW."before",
          NEW."after", NEW."request_id", NEW."via_token_id", NEW."at", NEW."prev_hash", NEW."hash")
         IS NOT DISTINCT FROM
         (OLD."id", OLD."action", OLD."entity_type", OLD."entity_id", OLD."country_id", OLD."before",
          OLD."after", OLD."request_id", OLD."via_token_id", OLD."at", OLD."prev_hash", OLD."hash") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
END $$;

-- The autosave (20261201170000_carry_over) with two more arguments for its audit event: the
-- request's id (as recordAudit writes it for every other change) and the personal API token the
-- save was made with, if any. Dropped and created again: a changed argument list would otherwise
-- leave the old function beside the new one, and calls with 13 arguments would be ambiguous.
DROP FUNCTION "cybercap_save_answer"(UUID, UUID, INTEGER, "RoundStatus"[], "AnswerKind", INTEGER, TEXT, TEXT, INTEGER, UUID, UUID, UUID, TEXT);
CREATE FUNCTION "cybercap_save_answer"(
    p_round_id UUID,
    p_indicator_id UUID,
    p_expected_version INTEGER,
    p_editable_statuses "RoundStatus"[],
    p_kind "AnswerKind",
    p_level INTEGER,
    p_not_applicable_reason TEXT,
    p_justification TEXT,
    p_target_override INTEGER,
    p_actor_id UUID,
    p_new_id UUID,
    p_country_id UUID,
    p_indicator_code TEXT,
    p_request_id TEXT DEFAULT NULL,
    p_via_token_id UUID DEFAULT NULL
) RETURNS TABLE (
    outcome TEXT,
    kind "AnswerKind",
    level INTEGER,
    not_applicable_reason TEXT,
    justification TEXT,
    target_override INTEGER,
    version INTEGER,
    updated_at TIMESTAMPTZ(3),
    updated_by TEXT
)
LANGUAGE plpgsql
AS $$
#variable_conflict use_column
DECLARE
    v_status "RoundStatus";
    v_before "answers"%ROWTYPE;
    v_after "answers"%ROWTYPE;
BEGIN
    SELECT r."status" INTO v_status FROM "assessment_rounds" r WHERE r."id" = p_round_id FOR SHARE;
    IF NOT FOUND OR NOT (v_status = ANY (p_editable_statuses)) THEN
        RETURN QUERY SELECT 'not_editable'::TEXT, NULL::"AnswerKind", NULL::INTEGER, NULL::TEXT, NULL::TEXT, NULL::INTEGER, NULL::INTEGER, NULL::TIMESTAMPTZ(3), NULL::TEXT;
        RETURN;
    END IF;

    -- Concurrent saves of one indicator queue on this row lock and see each other's version.
    SELECT a.* INTO v_before FROM "answers" a WHERE a."round_id" = p_round_id AND a."indicator_id" = p_indicator_id FOR UPDATE;

    IF COALESCE(v_before."version", 0) <> p_expected_version THEN
        RETURN QUERY SELECT 'conflict'::TEXT, v_before."kind", v_before."level", v_before."not_applicable_reason", v_before."justification",
                            v_before."target_override", v_before."version", v_before."updated_at",
                            (SELECT u."name" FROM "users" u WHERE u."id" = v_before."updated_by_id");
        RETURN;
    END IF;

    IF v_before."id" IS NOT NULL THEN
        UPDATE "answers" a
           SET "kind" = p_kind, "level" = p_level, "not_applicable_reason" = p_not_applicable_reason,
               "justification" = p_justification, "target_override" = p_target_override,
               "updated_by_id" = p_actor_id, "version" = a."version" + 1, "updated_at" = now(),
               "carry_pending" = false
         WHERE a."id" = v_before."id"
        RETURNING a.* INTO v_after;
    ELSE
        INSERT INTO "answers" ("id", "round_id", "indicator_id", "kind", "level", "not_applicable_reason", "justification",
                               "target_override", "updated_by_id", "version", "created_at", "updated_at")
        VALUES (p_new_id, p_round_id, p_indicator_id, p_kind, p_level, p_not_applicable_reason, p_justification,
                p_target_override, p_actor_id, 1, now(), now())
        ON CONFLICT ("round_id", "indicator_id") DO NOTHING
        RETURNING * INTO v_after;
        IF v_after."id" IS NULL THEN
            -- Another first save of this indicator committed between our read and our insert.
            RETURN QUERY SELECT 'conflict'::TEXT, a."kind", a."level", a."not_applicable_reason", a."justification",
                                a."target_override", a."version", a."updated_at", u."name"
                           FROM "answers" a LEFT JOIN "users" u ON u."id" = a."updated_by_id"
                          WHERE a."round_id" = p_round_id AND a."indicator_id" = p_indicator_id;
            RETURN;
        END IF;
    END IF;

    INSERT INTO "audit_events" ("actor_id", "action", "entity_type", "entity_id", "country_id", "request_id", "via_token_id", "before", "after", "at")
    VALUES (p_actor_id, 'answer.save', 'answer', v_after."id"::TEXT, p_country_id, p_request_id, p_via_token_id,
            CASE WHEN v_before."id" IS NULL THEN NULL ELSE jsonb_build_object(
                'kind', v_before."kind", 'level', v_before."level", 'notApplicableReason', v_before."not_applicable_reason",
                'justification', v_before."justification", 'targetOverride', v_before."target_override") END,
            jsonb_build_object(
                'kind', v_after."kind", 'level', v_after."level", 'notApplicableReason', v_after."not_applicable_reason",
                'justification', v_after."justification", 'targetOverride', v_after."target_override",
                'indicator', p_indicator_code, 'version', v_after."version"),
            now());

    RETURN QUERY SELECT 'saved'::TEXT, v_after."kind", v_after."level", v_after."not_applicable_reason", v_after."justification",
                        v_after."target_override", v_after."version", v_after."updated_at", NULL::TEXT;
END;
$$;
