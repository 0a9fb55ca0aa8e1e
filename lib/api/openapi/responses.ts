// Schemas of the answers, for the OpenAPI document only: the routes return service types (checked by
// TypeScript), not parsed output. The round answers (the lists, one round, its dashboard) are strict,
// field by field, and lib/api/openapi/contract.integration.test.ts parses the real routes' answers
// with them; the other large ones (the review, the portfolio, a workbook's report) are loose objects
// naming their main fields, and say where the full shape is documented.
import { z } from "zod";
import { ANSWER_KINDS } from "../../answers/answer";
import { API_TOKEN_SCOPES } from "../../api-tokens/fields";
import { LOCALES } from "../../i18n/config";
import { DELIVERY_MODES } from "../../scoring/types";
import type { NamedSchema } from "./types";

const named = (name: string, schema: z.ZodType): NamedSchema => ({ name, schema });
const isoDate = () => z.iso.datetime();
const nullableDate = () => isoDate().nullable();
const ROUND_STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "VALIDATED", "ARCHIVED"] as const;
const roundStatus = z.enum(ROUND_STATUSES);

/** The one error shape of every route (lib/api/handler.ts). */
export const ZApiError = z.object({
  error: z.object({
    code: z.string().describe("A stable code (lib/errors.ts); the HTTP status follows from it."),
    message: z.string().describe("The message in the caller's language."),
    fields: z.record(z.string(), z.string()).optional().describe("INVALID_INPUT and INVALID_QUERY: each wrong field's message key."),
    details: z.unknown().optional().describe("What the client needs to act (the saved answer on VERSION_CONFLICT, the missing indicators on ROUND_INCOMPLETE…)."),
  }),
});

/** A text stored in the six languages, keyed by locale (en, fr, es, ru, zh, ar). */
const ZLocalized = z.record(z.string(), z.string()).describe("The text in the six UN languages, keyed by locale (en, fr, es, ru, zh, ar).");

const ZEvidence = z.object({
  id: z.uuid(),
  kind: z.enum(["LINK", "FILE"]),
  title: z.string().nullable(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  sizeBytes: z.int().nullable(),
  mimeType: z.string().nullable(),
  createdAt: isoDate(),
});

const ZSavedAnswer = z.object({
  kind: z.enum(ANSWER_KINDS).nullable(),
  level: z.int().min(0).max(4).nullable(),
  notApplicableReason: z.string().nullable(),
  justification: z.string().nullable(),
  targetOverride: z.int().min(0).max(4).nullable(),
  version: z.int().min(1),
  updatedAt: isoDate(),
  updatedBy: z.string().nullable(),
});

// The dashboard (lib/dashboard/json.ts). Levels and scores are on the framework's 0-4 scale.
const level = () => z.int().min(0).max(4);
const score = () => z.number().min(0).max(4);
const ZRoundRef = z.strictObject({ id: z.uuid(), cycle: z.string(), status: roundStatus });
const ZIndicatorState = z
  .enum(["level", "notApplicable", "dontKnow", "unanswered"])
  .describe("How the indicator was answered: with a level, not applicable, don't know, or not yet.");

/** GET /api/v1/rounds/{roundId}/dashboard: its shape is a contract (never renamed, only added to). */
export const ZDashboard = z
  .strictObject({
    methodVersion: z.string().describe("The scoring method's version (lib/scoring/score.ts): figures of the same version are comparable."),
    lang: z.enum(LOCALES).describe("The language of every name and title of this answer."),
    round: ZRoundRef.extend({
      frameworkVersion: z.string(),
      provisional: z.boolean().describe("The round is not validated: its figures may still change."),
      country: z.strictObject({ iso2: z.string().length(2), name: z.string() }),
    }).strict(),
    region: z.strictObject({ code: z.string(), name: z.string() }).nullable().describe("The country's programme region; null when it has none."),
    previousRound: ZRoundRef.nullable().describe("The country's previous validated round, which `progress` is measured against; null when there is none."),
    pillars: z
      .array(
        z.strictObject({
          code: z.string(),
          name: z.string(),
          score: score().nullable().describe("Mean level of the answered, applicable indicators (two decimals); null when none has a level."),
          percent: z.number().min(0).max(100).nullable().describe("`score` as a percentage of 4 (one decimal); null without a score."),
          target: level().describe("The round's target level for the pillar."),
          gap: z.number().min(0).nullable().describe("Mean gap to the target of the indicators with a level (two decimals); null without a score."),
          median: score().nullable().describe("The regional benchmark: median pillar score of the latest validated round of each country of the programme region, on the officers' validated levels where set; null when hidden (see `medianHiddenReason`)."),
          q1: score().nullable().describe("The benchmark's first quartile; null when the median is hidden."),
          q3: score().nullable().describe("The benchmark's third quartile; null when the median is hidden."),
          contributors: z.int().min(0).describe("Countries whose latest validated round has a score for the pillar."),
          medianHiddenReason: z
            .enum(["NO_REGION", "FEWER_THAN_THREE"])
            .nullable()
            .describe("Why `median`, `q1` and `q3` are null: NO_REGION, the country is in no programme region; FEWER_THAN_THREE, fewer than three countries contribute (no country's figure can be inferred). Null when they are shown."),
          indicators: z.int().min(0).describe("How many indicators the pillar has; the four counts below add up to it."),
          answered: z.int().min(0).describe("Answered with a level."),
          notApplicable: z.int().min(0),
          dontKnow: z.int().min(0),
          unanswered: z.int().min(0),
          progress: z
            .strictObject({
              code: z.string(),
              previousScore: score().nullable(),
              score: score().nullable(),
              delta: z.number().nullable().describe("Mean change over the indicators with a level in both rounds (two decimals); null when none."),
              compared: z.int().min(0),
              added: z.int().min(0).describe("Indicators not in the previous round's framework version."),
              removed: z.int().min(0).describe("Indicators of the previous round's framework version gone from this one."),
            })
            .nullable()
            .describe("Against `previousRound`; null when there is none."),
        }),
      )
      .describe("In framework order."),
    indicators: z
      .array(
        z.strictObject({
          code: z.string(),
          pillar: z.string().describe("The pillar's code."),
          title: z.string(),
          state: ZIndicatorState,
          level: level().nullable().describe("The self-assessed level, 0-4; null when unanswered, not applicable or don't know."),
          validatedLevel: level()
            .nullable()
            .describe("The level, 0-4, the officer validated in the review when it differs from `level` (the scores here stay on `level`; the regional benchmark uses it). Null when none was recorded, or while it belongs to a review not yet sent and the reader is the country's team."),
          target: level().describe("The indicator's own target when overridden, else its pillar's."),
          targetOverridden: z.boolean(),
          gap: z.int().min(0).max(4).nullable().describe("max(0, target - level); null without a level."),
          weight: z.int().min(1).max(3).describe("1 normal, 2 important, 3 critical."),
          priority: z.int().min(0).nullable().describe("gap × weight; null without a level."),
          services: z.array(z.string()).describe("Codes of the services addressing the indicator (see `services`), in catalogue order."),
          progress: z
            .strictObject({
              code: z.string(),
              state: z
                .enum(["compared", "notComparable", "added", "removed"])
                .describe("compared: both rounds have a level; notComparable: one has none; added: not in the previous round's framework version; removed: gone from this one."),
              previousLevel: level().nullable(),
              level: level().nullable(),
              delta: z.int().min(-4).max(4).nullable(),
            })
            .nullable()
            .describe("Against `previousRound`; null when there is none."),
        }),
      )
      .describe("In framework order."),
    priorities: z.array(z.string()).describe("Codes of the indicators with a gap, highest priority first."),
    package: z
      .array(
        z.strictObject({
          mode: z.enum(DELIVERY_MODES),
          services: z
            .array(
              z.strictObject({
                code: z.string(),
                area: z.string(),
                mode: z.enum(DELIVERY_MODES),
                weightedGap: z.int().min(0).describe("Sum of gap × weight over the gap indicators the service addresses."),
                indicators: z.array(z.string()).describe("Those indicators' codes, by priority."),
              }),
            )
            .describe("Ranked by weighted gap, then code."),
        }),
      )
      .describe("The recommended package: the active services addressing the gaps, by delivery mode."),
    services: z
      .record(z.string(), z.strictObject({ code: z.string(), area: z.string(), name: z.string() }))
      .describe("The services named in `package` and `indicators[].services`, by code."),
    coverage: z
      .array(
        z.strictObject({
          convention: z.enum(["UNCC", "BUDAPEST"]),
          chapters: z.array(
            z.strictObject({
              chapter: z.int().min(1),
              articles: z.array(
                z.strictObject({
                  article: z.int().min(1),
                  title: z.string(),
                  status: z
                    .enum(["inPlace", "partly", "missing", "notApplicable"])
                    .describe("inPlace: every applicable referencing indicator at 3 or more; partly: some at 2 or more."),
                  indicators: z.array(z.strictObject({ code: z.string(), level: level().nullable(), state: ZIndicatorState })),
                }),
              ),
            }),
          ),
        }),
      )
      .describe("Coverage of the Conventions' articles by the indicators referring to them."),
    trend: z
      .array(
        z.strictObject({
          roundId: z.uuid(),
          cycle: z.string(),
          status: roundStatus,
          scores: z.record(z.string(), score().nullable()).describe("Pillar code → score (two decimals); null where the round has none."),
        }),
      )
      .describe("The country's rounds, oldest first (cancelled ones left out)."),
  })
  .describe("The figures of the round's dashboard, names in `lang` (lib/dashboard/json.ts).");

export const RESPONSES = {
  roundPage: named(
    "RoundPage",
    z
      .strictObject({
        items: z.array(
          z.strictObject({
            id: z.uuid(),
            country: z.strictObject({ iso2: z.string().length(2), name: ZLocalized }),
            cycle: z.string(),
            status: roundStatus,
            frameworkVersion: z.string().describe("The label of the framework version the round is pinned to."),
            openedAt: isoDate(),
            submittedAt: nullableDate(),
            validatedAt: nullableDate(),
            cancelledAt: nullableDate(),
            updatedAt: isoDate().describe("The latest change to the round itself or to one of its answers."),
            progress: z.strictObject({ indicators: z.int().min(0), answered: z.int().min(0) }),
          }),
        ),
        nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last."),
      })
      .describe("The rounds of this page, newest first (lib/rounds/list-page.ts)."),
  ),
  countryPage: named(
    "CountryPage",
    z
      .strictObject({
        items: z.array(
          z.strictObject({
            iso2: z.string().length(2),
            iso3: z.string().length(3),
            m49Code: z.string(),
            name: ZLocalized,
            m49Region: z.string(),
            m49SubRegion: z.string(),
            m49IntermediateRegion: z.string().nullable(),
            programmeRegion: z.strictObject({ code: z.string(), name: ZLocalized }).nullable(),
          }),
        ),
        nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last."),
      })
      .describe("The countries of this page by ISO code, with their programme region (lib/countries/list-page.ts)."),
  ),
  frameworkVersions: named("FrameworkVersions", z.looseObject({}).describe("`versions`: id, label, status, publishedAt, retiredAt, newest first (lib/frameworks/service.ts).")),
  frameworkVersion: named("FrameworkVersion", z.looseObject({}).describe("The version in one language: pillars, indicators, level descriptors, article references, the services addressing each indicator (lib/frameworks/service.ts).")),
  frameworkDocument: named("FrameworkDocument", z.looseObject({}).describe("A framework document, as GET /api/v1/frameworks/{versionId}/document gives it; its JSON Schema is prisma/frameworks/framework.schema.json (docs/frameworks.md).")),
  frameworkPublished: named(
    "FrameworkPublished",
    z.object({ id: z.uuid(), label: z.string(), status: z.literal("PUBLISHED"), retired: z.object({ id: z.uuid(), label: z.string() }).nullable() }),
  ),
  frameworkTextRevision: named(
    "FrameworkTextRevision",
    z.looseObject({}).describe("`revisionId` and `changes`: each text changed (target version/pillar/indicator, code, field such as `title` or `levels.2`, language, before, after) (lib/frameworks/revise.ts)."),
  ),
  frameworkTextRevisions: named("FrameworkTextRevisions", z.looseObject({}).describe("`revisions`: id, actorId, reason, createdAt, changes, newest first (lib/frameworks/revise.ts).")),
  frameworkImported: named("FrameworkImported", z.looseObject({}).describe("The new draft (id, label, status) and its differences from the published version (lib/frameworks/import.ts).")),
  serviceList: named("ServiceList", z.looseObject({}).describe("`services`: the catalogue, retired services included with isActive false (lib/services/schemas.ts ZServiceSummary).")),
  service: named("Service", z.looseObject({}).describe("One service with its indicator codes (lib/services/schemas.ts ZServiceDetail).")),
  tokenList: named(
    "ApiTokenList",
    z.object({
      tokens: z.array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          scope: z.enum(API_TOKEN_SCOPES),
          prefix: z.string().describe("The token's visible start, `cc_` and 8 hex characters."),
          createdAt: isoDate(),
          expiresAt: isoDate(),
          lastUsedAt: nullableDate(),
          revokedAt: nullableDate(),
        }),
      ),
    }),
  ),
  tokenCreated: named("ApiTokenCreated", z.object({ id: z.uuid(), token: z.string().describe("The whole token, shown this once only.") })),
  round: named(
    "RoundWithAnswers",
    z.strictObject({
      round: z.strictObject({
        id: z.uuid(),
        cycle: z.string(),
        status: roundStatus,
        version: z.int().describe("The round's version, for POST …/submit."),
        country: z.strictObject({ iso2: z.string() }),
        frameworkVersion: z.string(),
        openedAt: isoDate(),
        submittedAt: nullableDate(),
        cancelledAt: nullableDate(),
      }),
      answers: z.array(
        z.strictObject({
          indicatorId: z.uuid(),
          indicatorCode: z.string(),
          pillarCode: z.string(),
          kind: z.enum(ANSWER_KINDS).nullable(),
          level: z.int().min(0).max(4).nullable(),
          notApplicableReason: z.string().nullable(),
          justification: z.string().nullable(),
          targetOverride: z.int().min(0).max(4).nullable(),
          version: z.int().describe("The version a write must be based on (0: only evidence saved so far)."),
          carryPending: z.boolean().describe("Carried over from the previous validated round and not yet confirmed or changed."),
          updatedAt: isoDate(),
          evidence: z.array(ZEvidence.strict()),
        }),
      ),
    }),
  ),
  savedAnswer: named("SavedAnswer", z.object({ answer: ZSavedAnswer })),
  evidence: named("Evidence", ZEvidence.extend({ indicatorId: z.uuid() })),
  evidenceRemoved: named("EvidenceRemoved", z.object({ id: z.uuid(), removed: z.literal(true) })),
  roundStatus: named("RoundStatus", z.object({ status: roundStatus })),
  submitted: named("RoundSubmitted", z.object({ status: roundStatus, version: z.int() })),
  dashboard: named("RoundDashboard", ZDashboard),
  workbookReport: named("WorkbookReport", z.looseObject({}).describe("Row by row: what applying the workbook changes (preview) or changed (apply), with conflicts and errors (lib/workbook/service.ts).")),
  review: named("RoundReview", z.looseObject({}).describe("The round's review as the reader may see it: threads, decisions, reviews (lib/review/service.ts).")),
  reviewStarted: named("ReviewStarted", z.object({ reviewId: z.uuid(), status: roundStatus })),
  created: named("Created", z.object({ id: z.uuid() })),
  decision: named("IndicatorDecisionSaved", z.object({ decision: z.enum(["ACCEPTED", "NEEDS_CHANGE"]).nullable(), validatedLevel: z.int().nullable() })),
  reviewSent: named("ReviewSent", z.object({ status: roundStatus, outcome: z.enum(["REQUEST_CHANGES", "VALIDATE", "COMMENT"]) })),
  threadStatus: named("ThreadStatus", z.object({ status: z.enum(["OPEN", "RESOLVED"]) })),
  country: named(
    "CountryWithRounds",
    z.object({
      country: z.object({ iso2: z.string(), iso3: z.string(), name: z.unknown().describe("The name in the six languages."), programmeRegion: z.string().nullable() }),
      rounds: z.array(
        z.looseObject({ id: z.uuid(), cycle: z.string(), status: roundStatus, frameworkVersion: z.string(), openedAt: isoDate(), submittedAt: nullableDate(), validatedAt: nullableDate() }),
      ),
    }),
  ),
  countryMoved: named("CountryRegionMoved", z.object({ programmeRegion: z.string().nullable(), changed: z.boolean() })),
  changed: named("AssignmentChanged", z.object({ changed: z.boolean().describe("Whether anything was new (assigning) or removed (unassigning).") })),
  portfolio: named("Portfolio", z.looseObject({}).describe("The portfolio page's figures: countries by pillar, gaps, service demand, rounds by status (lib/portfolio/service.ts).")),
  notifications: named(
    "NotificationList",
    z.object({
      unread: z.int(),
      items: z.array(z.looseObject({ id: z.uuid(), kind: z.string(), href: z.string(), roundId: z.uuid().nullable(), createdAt: isoDate(), read: z.boolean() })),
    }),
  ),
  markedRead: named("NotificationsMarked", z.object({ updated: z.int() })),
} satisfies Record<string, NamedSchema>;
