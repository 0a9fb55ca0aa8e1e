-- Round history and a tamper-evident audit trail (issue 13, items 1 and 3).
-- 1. round_status_events: one row per change of a round's status, written by the application in
--    the transaction of the change (lib/rounds/history.ts); rounds opened before this migration get
--    their history rebuilt from their timestamps.
-- 2. audit_events.hash / prev_hash: each event's SHA-256 over the previous event's hash and its own
--    content, set by a trigger in the inserting transaction. Inserts are serialised by an advisory
--    lock held to the end of the transaction, and the id is drawn under that lock, so id order is
--    chain order. `npm run audit:verify` walks the chain (lib/audit/chain.ts).

-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "hash" CHAR(64),
ADD COLUMN     "prev_hash" CHAR(64);

-- CreateTable
CREATE TABLE "round_status_events" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "from_status" "RoundStatus",
    "to_status" "RoundStatus" NOT NULL,
    "actor_id" UUID,
    "reason" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "round_status_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "round_status_events_round_id_at_idx" ON "round_status_events"("round_id", "at");

-- AddForeignKey
ALTER TABLE "round_status_events" ADD CONSTRAINT "round_status_events_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_status_events" ADD CONSTRAINT "round_status_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A reason is the person's text: bounded like other free texts.
ALTER TABLE "round_status_events" ADD CONSTRAINT "round_status_events_reason_length" CHECK ("reason" IS NULL OR char_length("reason") <= 2000);

-- History of the rounds that already exist, from what their timestamps say.
INSERT INTO "round_status_events" ("id", "round_id", "from_status", "to_status", "actor_id", "at")
SELECT gen_random_uuid(), r."id", NULL, 'DRAFT', r."opened_by_id", r."opened_at" FROM "assessment_rounds" r;
INSERT INTO "round_status_events" ("id", "round_id", "from_status", "to_status", "at")
SELECT gen_random_uuid(), r."id", 'DRAFT', 'SUBMITTED', r."submitted_at" FROM "assessment_rounds" r WHERE r."submitted_at" IS NOT NULL;
INSERT INTO "round_status_events" ("id", "round_id", "from_status", "to_status", "at")
SELECT gen_random_uuid(), r."id", 'SUBMITTED', r."status", r."updated_at" FROM "assessment_rounds" r
WHERE r."status" IN ('IN_REVIEW', 'CHANGES_REQUESTED') AND r."submitted_at" IS NOT NULL;
INSERT INTO "round_status_events" ("id", "round_id", "from_status", "to_status", "at")
SELECT gen_random_uuid(), r."id", 'SUBMITTED', 'VALIDATED', r."validated_at" FROM "assessment_rounds" r WHERE r."validated_at" IS NOT NULL;
INSERT INTO "round_status_events" ("id", "round_id", "from_status", "to_status", "reason", "at")
SELECT gen_random_uuid(), r."id", CASE WHEN r."validated_at" IS NOT NULL THEN 'VALIDATED'::"RoundStatus" WHEN r."submitted_at" IS NOT NULL THEN 'SUBMITTED'::"RoundStatus" ELSE 'DRAFT'::"RoundStatus" END,
       'ARCHIVED', r."cancel_reason", coalesce(r."cancelled_at", r."archived_at", r."updated_at")
FROM "assessment_rounds" r WHERE r."status" = 'ARCHIVED';

-- The content an event's hash covers, in a fixed text form: every column but the hashes, the time in
-- UTC to the millisecond (the column's precision), JSON in jsonb's canonical text.
CREATE FUNCTION "cybercap_audit_hash"("prev" TEXT, "e" "audit_events") RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(
    coalesce("prev", '') || E'\n' || "e"."id"::text || E'\n' || coalesce("e"."actor_id"::text, '') || E'\n' ||
    "e"."action" || E'\n' || "e"."entity_type" || E'\n' || "e"."entity_id" || E'\n' || coalesce("e"."country_id"::text, '') || E'\n' ||
    coalesce("e"."before"::text, '') || E'\n' || coalesce("e"."after"::text, '') || E'\n' || coalesce("e"."request_id", '') || E'\n' ||
    to_char("e"."at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'),
  'UTF8')), 'hex')
$$;

-- The existing events, chained in id order (the append-only trigger is lifted for this one pass).
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_no_update";
DO $$
DECLARE
  "event" "audit_events";
  "last" TEXT := NULL;
BEGIN
  FOR "event" IN SELECT * FROM "audit_events" ORDER BY "id" LOOP
    UPDATE "audit_events" SET "prev_hash" = "last", "hash" = "cybercap_audit_hash"("last", "event") WHERE "id" = "event"."id";
    "last" := "cybercap_audit_hash"("last", "event");
  END LOOP;
END $$;
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_no_update";

-- Every new event joins the chain. The advisory lock (held until commit) makes the previous event
-- the last committed one; the id is drawn under it so that id order is chain order.
CREATE FUNCTION "audit_events_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "last" TEXT;
BEGIN
  PERFORM pg_advisory_xact_lock(72707002);
  NEW."id" := nextval(pg_get_serial_sequence('"audit_events"', 'id'));
  SELECT "hash" INTO "last" FROM "audit_events" ORDER BY "id" DESC LIMIT 1;
  NEW."prev_hash" := "last";
  NEW."hash" := "cybercap_audit_hash"("last", NEW);
  RETURN NEW;
END $$;
CREATE TRIGGER "audit_events_chain" BEFORE INSERT ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_chain"();

-- Append-only, the hashes included: the one update allowed stays the actor's ON DELETE SET NULL
-- (users are disabled, never deleted; a deleted actor would show as a break in the chain).
CREATE OR REPLACE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."actor_id" IS NULL
     AND (NEW."id", NEW."action", NEW."entity_type", NEW."entity_id", NEW."country_id", NEW."before",
          NEW."after", NEW."request_id", NEW."at", NEW."prev_hash", NEW."hash")
         IS NOT DISTINCT FROM
         (OLD."id", OLD."action", OLD."entity_type", OLD."entity_id", OLD."country_id", OLD."before",
          OLD."after", OLD."request_id", OLD."at", OLD."prev_hash", OLD."hash") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
