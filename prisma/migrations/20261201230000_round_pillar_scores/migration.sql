-- Pillar scores of validated rounds, kept in the database (issue 13, scale): the portfolio's progress
-- between cycles read every answer of every validated round of the portfolio (38,600 rows on the
-- large data set, 30 ms a request); it now reads a few rows per round.
--
-- A validated round's answers cannot change (migration 20261201220000), so its scores change only
-- when the round becomes validated or stops being validated (status, validated_at, cancelled_at) or
-- when an officer's validated level changes (indicator_reviews). Triggers on those recompute the
-- round's rows in the same transaction; bulk loads that lift the answer locks call
-- cybercap_refresh_round_pillar_scores(NULL) (every round) before they commit (scripts/lib/bulk-load.ts).
-- CreateTable
CREATE TABLE "round_pillar_scores" (
    "round_id" UUID NOT NULL,
    "pillar_id" UUID NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "answered" INTEGER NOT NULL,

    CONSTRAINT "round_pillar_scores_pkey" PRIMARY KEY ("round_id","pillar_id")
);

-- AddForeignKey
ALTER TABLE "round_pillar_scores" ADD CONSTRAINT "round_pillar_scores_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_pillar_scores" ADD CONSTRAINT "round_pillar_scores_pillar_id_fkey" FOREIGN KEY ("pillar_id") REFERENCES "pillars"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The rule of lib/rounds/sql.ts VALIDATED_ROUND, and the score the portfolio's progress used:
-- the mean of the officer's validated level where there is one, else the answer's level (answers of
-- kind LEVEL with a level; not applicable, don't know and empty answers do not count).
CREATE FUNCTION "cybercap_refresh_round_pillar_scores"("p_round_ids" UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "round_pillar_scores" s WHERE "p_round_ids" IS NULL OR s."round_id" = ANY ("p_round_ids");
  INSERT INTO "round_pillar_scores" ("round_id", "pillar_id", "score", "answered")
  SELECT r."id", i."pillar_id", AVG(COALESCE(v."validated_level", a."level"))::float8, count(*)::int
  FROM "assessment_rounds" r
  JOIN "answers" a ON a."round_id" = r."id"
  JOIN "indicators" i ON i."id" = a."indicator_id"
  LEFT JOIN "indicator_reviews" v ON v."round_id" = r."id" AND v."indicator_id" = a."indicator_id" AND v."validated_level" IS NOT NULL
  WHERE ("p_round_ids" IS NULL OR r."id" = ANY ("p_round_ids"))
    AND r."validated_at" IS NOT NULL AND r."cancelled_at" IS NULL AND r."status" IN ('VALIDATED', 'ARCHIVED')
    AND (v."validated_level" IS NOT NULL OR (a."kind" = 'LEVEL' AND a."level" IS NOT NULL))
  GROUP BY r."id", i."pillar_id";
END $$;

CREATE FUNCTION "rounds_refresh_pillar_scores"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" IS DISTINCT FROM OLD."status" OR NEW."validated_at" IS DISTINCT FROM OLD."validated_at"
     OR NEW."cancelled_at" IS DISTINCT FROM OLD."cancelled_at" THEN
    PERFORM "cybercap_refresh_round_pillar_scores"(ARRAY[NEW."id"]);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "rounds_pillar_scores" AFTER UPDATE ON "assessment_rounds"
  FOR EACH ROW EXECUTE FUNCTION "rounds_refresh_pillar_scores"();

-- Statement-level, with the changed rows: one recomputation per round however many reviews changed.
-- Only validated rounds have rows, so a review of a round still in review costs one empty DELETE.
CREATE FUNCTION "reviews_refresh_pillar_scores"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "cybercap_refresh_round_pillar_scores"(ARRAY(SELECT DISTINCT n."round_id" FROM "new_rows" n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "cybercap_refresh_round_pillar_scores"(ARRAY(SELECT n."round_id" FROM "new_rows" n UNION SELECT o."round_id" FROM "old_rows" o));
  ELSE
    PERFORM "cybercap_refresh_round_pillar_scores"(ARRAY(SELECT DISTINCT o."round_id" FROM "old_rows" o));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "reviews_pillar_scores_insert" AFTER INSERT ON "indicator_reviews"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "reviews_refresh_pillar_scores"();
CREATE TRIGGER "reviews_pillar_scores_update" AFTER UPDATE ON "indicator_reviews"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "reviews_refresh_pillar_scores"();
CREATE TRIGGER "reviews_pillar_scores_delete" AFTER DELETE ON "indicator_reviews"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "reviews_refresh_pillar_scores"();

-- The rounds validated before this migration.
SELECT "cybercap_refresh_round_pillar_scores"(NULL);

-- The portfolio's latest rounds read each answer's level, indicator and target override: with the
-- override in the index (as an included column), the planner reads them from the index alone
-- instead of scanning the answers table. Same name and key columns as before.
DROP INDEX "answers_round_id_kind_level_indicator_id_idx";
CREATE INDEX "answers_round_id_kind_level_indicator_id_idx" ON "answers" ("round_id", "kind", "level", "indicator_id") INCLUDE ("target_override");
