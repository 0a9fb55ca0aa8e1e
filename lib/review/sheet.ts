import "server-only";
// What a review page shows of the round itself: its indicators by pillar, with the country's answer
// (level, not applicable or don't know, justification) and the titles and links of its evidence.
// Two statements (the round, then the rest), whatever the number of pillars.
import { canOnCountry, type Actor } from "../authz";
import { getPool } from "../db";
import type { AnswerKind, EvidenceKind, RoundStatus } from "../generated/prisma/enums";
import { loadRoundForActor } from "../rounds/load";

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

/**
 * The round's indicators by pillar with the country's answers, and who is reviewing it now. The round
 * comes from the shared loader (lib/rounds/load.ts, which authorizes "country.view" and which the
 * page's other reads share), the rest from one named statement, prepared once per connection: the
 * same reads through Prisma (four statements) cost about three times the CPU.
 */
export async function getReviewSheet(actor: Actor, roundId: string): Promise<ReviewSheet> {
  const round = await loadRoundForActor(actor, roundId);
  const {
    rows: [row],
  } = await getPool().query<SheetRow>({
    name: "review.sheet",
    text: `SELECT (SELECT u.name FROM reviews v LEFT JOIN users u ON u.id = v.officer_id WHERE v.round_id = $1 AND v.sent_at IS NULL LIMIT 1) AS open_reviewer_name,
                  COALESCE((SELECT json_agg(json_build_object('code', p.code, 'name', p.name, 'indicators',
                      COALESCE((SELECT json_agg(json_build_object('id', i.id, 'code', i.code, 'title', i.title) ORDER BY i.position) FROM indicators i WHERE i.pillar_id = p.id), '[]'))
                    ORDER BY p.position) FROM pillars p WHERE p.framework_version_id = $2), '[]') AS pillars,
                  COALESCE((SELECT json_agg(json_build_object('indicatorId', a.indicator_id, 'kind', a.kind, 'level', a.level,
                      'notApplicableReason', a.not_applicable_reason, 'justification', a.justification,
                      'evidence', COALESCE((SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'title', e.title, 'url', e.url, 'fileName', sf.file_name) ORDER BY e.created_at, e.id)
                                              FROM evidence_items e LEFT JOIN stored_files sf ON sf.id = e.file_id WHERE e.answer_id = a.id), '[]')))
                    FROM answers a WHERE a.round_id = $1), '[]') AS answers`,
    values: [round.id, round.frameworkVersionId],
  });
  const byIndicator = new Map(row.answers.map((a) => [a.indicatorId, a]));
  return {
    round: { id: round.id, cycle: round.cycle, status: round.status, countryName: round.country.name, countryIso2: round.country.iso2 },
    isAdmin: actor.isAdmin,
    isCountryTeam: canOnCountry(actor, "answer.write", round.country),
    openReviewerName: row.open_reviewer_name,
    pillars: row.pillars.map((p) => ({
      code: p.code,
      name: p.name,
      indicators: p.indicators.map((i) => {
        const a = byIndicator.get(i.id);
        return {
          id: i.id,
          code: i.code,
          title: i.title,
          answer: a ? { kind: a.kind, level: a.level, notApplicableReason: a.notApplicableReason, justification: a.justification, evidence: a.evidence } : null,
        };
      }),
    })),
  };
}

interface SheetRow {
  open_reviewer_name: string | null;
  pillars: { code: string; name: unknown; indicators: { id: string; code: string; title: unknown }[] }[];
  answers: { indicatorId: string; kind: AnswerKind | null; level: number | null; notApplicableReason: string | null; justification: string | null; evidence: SheetEvidence[] }[];
}
