-- A validated round's answers and evidence cannot change (issue 13, item 1): the application refuses
-- it already (only draft and changes-requested rounds are editable); this makes the database refuse
-- it too, whatever the path. The way back is an administrator's audited reopening, which moves the
-- round to "changes requested" first. A round archived after its validation stays locked.
CREATE FUNCTION "cybercap_round_locked"("p_round_id" UUID) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM "assessment_rounds" r
    WHERE r."id" = "p_round_id"
      AND (r."status" = 'VALIDATED' OR (r."status" = 'ARCHIVED' AND r."validated_at" IS NOT NULL))
  )
$$;

CREATE FUNCTION "answers_refuse_locked_round"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP IN ('UPDATE', 'DELETE') AND "cybercap_round_locked"(OLD."round_id"))
     OR (TG_OP IN ('INSERT', 'UPDATE') AND "cybercap_round_locked"(NEW."round_id")) THEN
    RAISE EXCEPTION 'the answers of a validated round cannot change' USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER "answers_locked_when_validated" BEFORE INSERT OR UPDATE OR DELETE ON "answers"
  FOR EACH ROW EXECUTE FUNCTION "answers_refuse_locked_round"();

CREATE FUNCTION "evidence_refuse_locked_round"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "v_answer" UUID := CASE WHEN TG_OP = 'DELETE' THEN OLD."answer_id" ELSE NEW."answer_id" END;
BEGIN
  IF "cybercap_round_locked"((SELECT a."round_id" FROM "answers" a WHERE a."id" = "v_answer"))
     OR (TG_OP = 'UPDATE' AND "cybercap_round_locked"((SELECT a."round_id" FROM "answers" a WHERE a."id" = OLD."answer_id"))) THEN
    RAISE EXCEPTION 'the evidence of a validated round cannot change' USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER "evidence_locked_when_validated" BEFORE INSERT OR UPDATE OR DELETE ON "evidence_items"
  FOR EACH ROW EXECUTE FUNCTION "evidence_refuse_locked_round"();
