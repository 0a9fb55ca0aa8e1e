-- The dashboard's regional benchmark averages the levels of the latest validated round of each
-- country of a region. Without this index the planner hashes the whole answers table (a scan that
-- grows with every round of the installation, about 10 ms at 80,000 answers); with it, each round's
-- levels come from an index-only scan (about 1 ms).
-- CreateIndex
CREATE INDEX "answers_round_id_kind_level_indicator_id_idx" ON "answers"("round_id", "kind", "level", "indicator_id");
