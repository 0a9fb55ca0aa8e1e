-- Officer review of a submitted round, indicator by indicator (issue 13, item 2): reviews (one pass,
-- sent with an outcome), comments that are drafts until their review is sent and are visible to the
-- country or internal to officers, per-indicator decisions with a validated level, and the scores
-- kept at validation.
-- CreateEnum
CREATE TYPE "CommentVisibility" AS ENUM ('COUNTRY', 'INTERNAL');

-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('REQUEST_CHANGES', 'VALIDATE', 'COMMENT');

-- CreateEnum
CREATE TYPE "IndicatorDecision" AS ENUM ('ACCEPTED', 'NEEDS_CHANGE');

-- AlterTable
ALTER TABLE "review_comments" ADD COLUMN     "published_at" TIMESTAMPTZ(3),
ADD COLUMN     "review_id" UUID,
ADD COLUMN     "visibility" "CommentVisibility" NOT NULL DEFAULT 'COUNTRY';

-- CreateTable
CREATE TABLE "reviews" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "officer_id" UUID,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "outcome" "ReviewOutcome",
    "summary" TEXT,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_reviews" (
    "round_id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "decision" "IndicatorDecision",
    "validated_level" INTEGER,
    "validated_reason" TEXT,
    "answer_version" INTEGER NOT NULL DEFAULT 0,
    "evidence_signature" TEXT NOT NULL DEFAULT '',
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_reviews_pkey" PRIMARY KEY ("round_id","indicator_id")
);

-- CreateTable
CREATE TABLE "round_score_snapshots" (
    "round_id" UUID NOT NULL,
    "method_version" TEXT NOT NULL,
    "scores" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "round_score_snapshots_pkey" PRIMARY KEY ("round_id")
);

-- CreateIndex
CREATE INDEX "reviews_round_id_started_at_idx" ON "reviews"("round_id", "started_at");

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_officer_id_fkey" FOREIGN KEY ("officer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_reviews" ADD CONSTRAINT "indicator_reviews_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_reviews" ADD CONSTRAINT "indicator_reviews_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_reviews" ADD CONSTRAINT "indicator_reviews_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_score_snapshots" ADD CONSTRAINT "round_score_snapshots_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Comments written before reviews existed were shown as written: they count as published.
UPDATE "review_comments" SET "published_at" = "created_at" WHERE "published_at" IS NULL;

-- One unsent review per round.
CREATE UNIQUE INDEX "reviews_one_open_per_round" ON "reviews" ("round_id") WHERE "sent_at" IS NULL;
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_sent_with_outcome" CHECK (("sent_at" IS NULL) = ("outcome" IS NULL));
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_summary_length" CHECK ("summary" IS NULL OR char_length("summary") <= 5000);

ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_body_length" CHECK (char_length("body") BETWEEN 1 AND 5000);
-- A reviewer's comment belongs to a review; a reply (parent set) takes its thread's visibility in
-- the service; a draft is always a reviewer's.
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_draft_has_review" CHECK ("published_at" IS NOT NULL OR "review_id" IS NOT NULL);
CREATE INDEX "review_comments_review_id_idx" ON "review_comments" ("review_id");

ALTER TABLE "indicator_reviews" ADD CONSTRAINT "indicator_reviews_level_range" CHECK ("validated_level" IS NULL OR "validated_level" BETWEEN 0 AND 4);
-- A validated level that differs from the answer's says why.
ALTER TABLE "indicator_reviews" ADD CONSTRAINT "indicator_reviews_level_reason" CHECK ("validated_level" IS NULL OR ("validated_reason" IS NOT NULL AND char_length("validated_reason") BETWEEN 1 AND 2000));
