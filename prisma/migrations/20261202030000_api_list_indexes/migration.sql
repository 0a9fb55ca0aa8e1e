-- GET /api/v1/rounds: pages by (opened_at, id) descending, read from the cursor's key on.
-- CreateIndex
CREATE INDEX "assessment_rounds_opened_at_id_idx" ON "assessment_rounds"("opened_at", "id");

-- GET /api/v1/rounds?updatedSince=: rounds with an answer changed since then, by a range scan.
-- CreateIndex
CREATE INDEX "answers_updated_at_idx" ON "answers"("updated_at");
