import "server-only";
// What a review page shows of the round itself: its indicators by pillar, with the country's answer
// (level, not applicable or don't know, justification) and the titles and links of its evidence.
// One query for the framework and one for the answers, whatever the number of pillars.
import { assertCanOnCountry, canOnCountry, type Actor } from "../authz";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { AnswerKind, EvidenceKind, RoundStatus } from "../generated/prisma/enums";
import { isUuid } from "../ids";

export interface SheetEvidence {
  id: string;
  kind: EvidenceKind;
  title: string | null;
  url: string | null;
  fileName: string | null;
}

export interface SheetIndicator {
  id: string;
  code: string;
  title: unknown;
  answer: { kind: AnswerKind | null; level: number | null; notApplicableReason: string | null; justification: string | null; evidence: SheetEvidence[] } | null;
}

export interface ReviewSheet {
  round: { id: string; cycle: string; status: RoundStatus; countryName: unknown; countryIso2: string };
  /** Whether the reader is an administrator (reopen, archive). */
  isAdmin: boolean;
  /** Whether the reader is on the country's team (reads and answers the published review). */
  isCountryTeam: boolean;
  /** Who is reviewing the round now (an unsent review), for the other reviewers. */
  openReviewerName: string | null;
  pillars: { code: string; name: unknown; indicators: SheetIndicator[] }[];
}

export async function getReviewSheet(actor: Actor, roundId: string): Promise<ReviewSheet> {
  if (!isUuid(roundId)) throw new AppError("NOT_FOUND", "round");
  const db = getDb();
  const round = await db.assessmentRound.findUnique({
    where: { id: roundId },
    select: { id: true, cycle: true, status: true, frameworkVersionId: true, country: { select: { id: true, iso2: true, name: true, programmeRegionId: true } } },
  });
  if (!round) throw new AppError("NOT_FOUND", "round");
  assertCanOnCountry(actor, "country.view", round.country);
  const [pillars, answers, openReview] = await Promise.all([
    db.pillar.findMany({
      where: { frameworkVersionId: round.frameworkVersionId },
      orderBy: { position: "asc" },
      select: { code: true, name: true, indicators: { orderBy: { position: "asc" }, select: { id: true, code: true, title: true } } },
    }),
    db.answer.findMany({
      where: { roundId },
      select: {
        indicatorId: true,
        kind: true,
        level: true,
        notApplicableReason: true,
        justification: true,
        evidence: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, title: true, url: true, file: { select: { fileName: true } } } },
      },
    }),
    db.review.findFirst({ where: { roundId, sentAt: null }, select: { officer: { select: { name: true } } } }),
  ]);
  const byIndicator = new Map(answers.map((a) => [a.indicatorId, a]));
  return {
    round: { id: round.id, cycle: round.cycle, status: round.status, countryName: round.country.name, countryIso2: round.country.iso2 },
    isAdmin: actor.isAdmin,
    isCountryTeam: canOnCountry(actor, "answer.write", round.country),
    openReviewerName: openReview?.officer?.name ?? null,
    pillars: pillars.map((p) => ({
      code: p.code,
      name: p.name,
      indicators: p.indicators.map((i) => {
        const a = byIndicator.get(i.id);
        return {
          id: i.id,
          code: i.code,
          title: i.title,
          answer: a
            ? {
                kind: a.kind,
                level: a.level,
                notApplicableReason: a.notApplicableReason,
                justification: a.justification,
                evidence: a.evidence.map((e) => ({ id: e.id, kind: e.kind, title: e.title, url: e.url, fileName: e.file?.fileName ?? null })),
              }
            : null,
        };
      }),
    })),
  };
}
