-- A new round starts from the last one (issue 12 item 6): an answer may be carried over from the
-- country's previous validated round. It names the answer it came from (whose evidence it shows,
-- linked and not copied) and stays pending until a team member confirms or changes it.

-- AlterTable
ALTER TABLE "answers" ADD COLUMN     "carried_from_answer_id" UUID,
ADD COLUMN     "carry_pending" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "answers_carried_from_answer_id_idx" ON "answers"("carried_from_answer_id");

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_carried_from_answer_id_fkey" FOREIGN KEY ("carried_from_answer_id") REFERENCES "answers"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The autosave (20261123120000_save_answer_function), unchanged but for one thing: a save is a
-- change, so it ends the pending state of a carried-over answer ("carry_pending" = false).
CREATE OR REPLACE FUNCTION "cybercap_save_answer"(
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
    p_indicator_code TEXT
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

    INSERT INTO "audit_events" ("actor_id", "action", "entity_type", "entity_id", "country_id", "before", "after", "at")
    VALUES (p_actor_id, 'answer.save', 'answer', v_after."id"::TEXT, p_country_id,
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
