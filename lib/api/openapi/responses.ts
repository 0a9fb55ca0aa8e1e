// Schemas of the answers, for the OpenAPI document only: the routes return service types (checked by
// TypeScript), not parsed output. Small answers are described field by field; the large ones (the
// dashboard, the review, the portfolio, a workbook's report) are loose objects naming their main
// fields, and say where the full shape is documented.
import { z } from "zod";
import { ANSWER_KINDS } from "../../answers/answer";
import { API_TOKEN_SCOPES } from "../../api-tokens/fields";
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
  dashboard: named("RoundDashboard", z.looseObject({}).describe("The dashboard's figures: scores, gaps, benchmark, priorities, package, coverage, progress, trend (lib/dashboard/json.ts).")),
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
