-- What the portfolio reads of every round, kept in the database (issue 13, scale): the portfolio's
-- latest-rounds statement read every level answer of the latest rounds (9,325 rows on the large data
-- set), joined them to indicators and targets and aggregated them three ways, about 13 ms of
-- PostgreSQL per administrator's portfolio; it now reads one row per round.
--
-- A round's figures depend on its answers (kind, level, target override) and its targets, and on its
-- framework version's indicators (code, weight, pillar) and pillars (code, order), which cannot
-- change once the version is published (framework_refuse_published_change, migration
-- 20261123080000), and rounds open only on published versions. Deferred constraint triggers on the
-- answers and targets recompute the round's row when the transaction commits, after every statement
-- of it: a save's audit event has already taken the audit chain's lock (migration 20261201190000), so
-- the lock on the figures row is always taken last and two writers cannot wait on each other. The
-- row is locked before it is computed, and in READ COMMITTED each statement of the function reads
-- what was committed before it, so two transactions changing one round recompute it one after the
-- other, the second from the first's committed answers (no lost update). Bulk loads disable the
-- triggers and call cybercap_refresh_round_figures(NULL) once (scripts/lib/bulk-load.ts).

-- CreateTable
CREATE TABLE "round_figures" (
    "round_id" UUID NOT NULL,
    "heat" JSON NOT NULL,
    "gap_codes" TEXT[],
    "gaps" INTEGER[],
    "gap_weights" INTEGER[],

    CONSTRAINT "round_figures_pkey" PRIMARY KEY ("round_id")
);

-- AddForeignKey
ALTER TABLE "round_figures" ADD CONSTRAINT "round_figures_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The figures of the rounds given (every round when NULL), as the portfolio computed them from the
-- answers: the mean level per pillar of answers of kind LEVEL with a level, and per such answer the
-- gap to its target (the answer's override, else the round's pillar target, else 3) when above zero.
-- One round at a time, in id order (so two callers lock rows in the same order): a round's fifty
-- answers read once through the index on round_id, about 0.1 ms, where one statement over a set
-- of rounds hashed every indicator and target for each call (0.35 ms for one round).
CREATE FUNCTION "cybercap_refresh_round_figures"("p_round_ids" UUID[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_round UUID;
  v_heat JSON;
  v_codes TEXT[];
  v_gaps INTEGER[];
  v_weights INTEGER[];
BEGIN
  IF "p_round_ids" IS NULL THEN
    DELETE FROM "round_figures";
    "p_round_ids" := ARRAY(SELECT r."id" FROM "assessment_rounds" r);
  END IF;
  FOREACH v_round IN ARRAY ARRAY(SELECT DISTINCT x FROM unnest("p_round_ids") x ORDER BY x) LOOP
    -- One writer per round at a time, and it computes only once the row is its own: the insert
    -- waits for a transaction that changed the row (a round new to this one gets its row here), FOR
    -- UPDATE for one that only locked it; the computing statement below then reads what they
    -- committed (lib/portfolio/figures.integration.test.ts fails without these two).
    INSERT INTO "round_figures" ("round_id", "heat", "gap_codes", "gaps", "gap_weights")
      SELECT r."id", '[]', '{}', '{}', '{}' FROM "assessment_rounds" r WHERE r."id" = v_round
      ON CONFLICT ("round_id") DO NOTHING;
    PERFORM 1 FROM "round_figures" f WHERE f."round_id" = v_round FOR UPDATE;
    -- A round deleted in this transaction: its row went with it.
    CONTINUE WHEN NOT FOUND;
    WITH v AS (
      SELECT i."pillar_id", i."code", i."weight", a."level",
             COALESCE(a."target_override", t."target_level", 3) - a."level" AS "gap"
      FROM "answers" a
      JOIN "indicators" i ON i."id" = a."indicator_id"
      LEFT JOIN "round_targets" t ON t."round_id" = a."round_id" AND t."pillar_id" = i."pillar_id"
      WHERE a."round_id" = v_round AND a."kind" = 'LEVEL' AND a."level" IS NOT NULL
    )
    SELECT (SELECT json_agg(json_build_array(p."code", x."score") ORDER BY p."position", p."code")
              FROM (SELECT v."pillar_id", AVG(v."level")::float8 AS "score" FROM v GROUP BY v."pillar_id") x
              JOIN "pillars" p ON p."id" = x."pillar_id"),
           y."codes", y."gaps", y."weights"
    INTO v_heat, v_codes, v_gaps, v_weights
    FROM (SELECT array_agg(v."code" ORDER BY v."code") AS "codes", array_agg(v."gap" ORDER BY v."code") AS "gaps",
                 array_agg(v."weight" ORDER BY v."code") AS "weights"
          FROM v WHERE v."gap" > 0) y;
    UPDATE "round_figures" SET "heat" = COALESCE(v_heat, '[]'), "gap_codes" = COALESCE(v_codes, '{}'),
      "gaps" = COALESCE(v_gaps, '{}'), "gap_weights" = COALESCE(v_weights, '{}')
    WHERE "round_id" = v_round;
  END LOOP;
END $$;

-- Row-level (constraint triggers are), deferred to the commit: a statement that changes fifty answers
-- of a round recomputes it fifty times at commit, a few milliseconds; bulk loads switch them off.
-- On answers and round_targets, which both carry the round's id.
CREATE FUNCTION "round_figures_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN PERFORM "cybercap_refresh_round_figures"(ARRAY[NEW."round_id"]); END IF;
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD."round_id" <> NEW."round_id") THEN
    PERFORM "cybercap_refresh_round_figures"(ARRAY[OLD."round_id"]);
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "answers_figures_insert" AFTER INSERT ON "answers"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "round_figures_refresh"();
CREATE CONSTRAINT TRIGGER "answers_figures_update" AFTER UPDATE ON "answers"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."round_id", OLD."indicator_id", OLD."kind", OLD."level", OLD."target_override")
        IS DISTINCT FROM (NEW."round_id", NEW."indicator_id", NEW."kind", NEW."level", NEW."target_override"))
  EXECUTE FUNCTION "round_figures_refresh"();
CREATE CONSTRAINT TRIGGER "answers_figures_delete" AFTER DELETE ON "answers"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "round_figures_refresh"();
CREATE CONSTRAINT TRIGGER "round_targets_figures" AFTER INSERT OR UPDATE OR DELETE ON "round_targets"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "round_figures_refresh"();

-- The rounds that exist before this migration.
SELECT "cybercap_refresh_round_figures"(NULL);
