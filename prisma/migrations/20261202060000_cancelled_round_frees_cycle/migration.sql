-- A cancelled round no longer holds its cycle: a focal point who opened a round by mistake, or
-- under the wrong framework, cancels it (it stays, archived, with its answers and its reason) and
-- opens the cycle again. One live round per country and cycle is still the rule, so the unique
-- index leaves cancelled rounds out. Prisma's schema cannot declare a partial index; the rounds
-- service reads it with findFirst (lib/rounds/service.ts refuseOpening).
DROP INDEX "assessment_rounds_country_id_cycle_key";
CREATE UNIQUE INDEX "assessment_rounds_country_cycle_live" ON "assessment_rounds" ("country_id", "cycle") WHERE "cancelled_at" IS NULL;
