-- Administration: officer invitations, one-time user tokens (password reset, identity link), demo
-- accounts flagged, cancelled rounds, rounds indexed by status and country.

-- CreateEnum
CREATE TYPE "InvitationKind" AS ENUM ('COUNTRY', 'OFFICER');

-- CreateEnum
CREATE TYPE "UserTokenPurpose" AS ENUM ('PASSWORD_RESET', 'IDENTITY_LINK');

-- DropIndex
DROP INDEX "assessment_rounds_status_idx";

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "is_demo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "assessment_rounds" ADD COLUMN     "cancel_reason" TEXT,
ADD COLUMN     "cancelled_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "invitations" ADD COLUMN     "kind" "InvitationKind" NOT NULL DEFAULT 'COUNTRY',
ADD COLUMN     "officer_country_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "officer_region_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ALTER COLUMN "country_id" DROP NOT NULL;

-- CreateTable
CREATE TABLE "user_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "purpose" "UserTokenPurpose" NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_tokens_token_hash_key" ON "user_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "user_tokens_user_id_purpose_idx" ON "user_tokens"("user_id", "purpose");

-- CreateIndex
CREATE INDEX "users_created_at_idx" ON "users"("created_at");

-- CreateIndex
CREATE INDEX "assessment_rounds_status_country_id_idx" ON "assessment_rounds"("status", "country_id");

-- CreateIndex
CREATE INDEX "invitations_email_idx" ON "invitations"("email");

-- AddForeignKey
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: a country invitation names its country; an officer invitation names none.
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_country_matches_kind"
  CHECK (("kind" = 'COUNTRY') = ("country_id" IS NOT NULL));

-- A cancelled round is archived, with its reason.
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_cancel_reason"
  CHECK ("cancelled_at" IS NULL OR ("status" = 'ARCHIVED' AND length(coalesce("cancel_reason", '')) > 0));

-- Demo accounts seeded before this migration (their addresses are fixed, prisma/seed/demo.ts) are
-- flagged, so that they stop signing in when demo mode is turned off.
UPDATE "users" SET "is_demo" = true
 WHERE "email" ~ '^(admin|officer\.(eaf|cam)|focal\.(ke|ug|tz|gt|cr|hn)|respondent[12]\.(ke|ug|tz|gt|cr|hn))@example\.org$';
