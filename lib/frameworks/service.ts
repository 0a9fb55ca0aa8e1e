import "server-only";
import { frameworkVersionScopeWhere, type Actor } from "../authz";
import { documentArticles, type ConventionCode } from "../conventions/articles";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { FrameworkStatus } from "../generated/prisma/enums";
import { localize, type Locale } from "../i18n/config";
import { isUuid } from "../ids";
import type { TFrameworkDocument } from "./document";
import { rowsToDocument, versionDocumentSelect } from "./rows";

// Reading framework versions: the list, one version in one language (the questionnaire's content,
// with the services that address each indicator), and one version as a framework document. Who may
// read which version: lib/authz.ts (frameworkVersionScopeWhere); a version the reader may not see
// is answered as not found, like one that does not exist.

export interface FrameworkVersionSummary {
  id: string;
  label: string;
  status: FrameworkStatus;
  publishedAt: string | null;
  retiredAt: string | null;
}

const summarySelect = { id: true, version: true, status: true, publishedAt: true, retiredAt: true } as const;

function summaryOf(v: { id: string; version: string; status: FrameworkStatus; publishedAt: Date | null; retiredAt: Date | null }): FrameworkVersionSummary {
  return { id: v.id, label: v.version, status: v.status, publishedAt: v.publishedAt?.toISOString() ?? null, retiredAt: v.retiredAt?.toISOString() ?? null };
}

/** The versions the actor may read, newest first. */
export async function listFrameworkVersions(actor: Actor): Promise<FrameworkVersionSummary[]> {
  const versions = await getDb().frameworkVersion.findMany({
    where: frameworkVersionScopeWhere(actor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: summarySelect,
  });
  return versions.map(summaryOf);
}

export interface FrameworkServiceRef {
  code: string;
  area: string;
  mode: string;
  name: string;
}

export interface FrameworkIndicatorView {
  code: string;
  position: number;
  weight: number;
  title: string;
  question: string;
  guidance: string;
  evidenceGuidance: string;
  levels: { level: number; descriptor: string }[];
  articles: { unCybercrime: number[]; budapest: number[] };
  /** The same articles with their chapter and title (in `lang`), UN Convention first, by number. */
  conventionArticles: { convention: ConventionCode; number: number; chapter: number; title: string }[];
  /** The active services of the catalogue that help close a gap on this indicator. */
  services: FrameworkServiceRef[];
}

export interface FrameworkVersionView extends FrameworkVersionSummary {
  /** The language of the texts (a text not translated into it is given in English). */
  lang: Locale;
  name: string;
  description: string;
  pillars: { code: string; position: number; name: string; description: string; indicators: FrameworkIndicatorView[] }[];
}

async function findReadable(actor: Actor, versionId: string): Promise<void> {
  if (!isUuid(versionId)) throw new AppError("NOT_FOUND", "framework version");
  const found = await getDb().frameworkVersion.count({ where: { AND: [{ id: versionId }, frameworkVersionScopeWhere(actor)] } });
  if (found === 0) throw new AppError("NOT_FOUND", "framework version");
}

/** An indicator's articles with their table rows, in the document's order (UN Convention, then Budapest; by number). */
const ARTICLES_SELECT = {
  select: { convention: true, number: true, article: { select: { chapter: true, title: true } } },
  orderBy: [{ convention: "asc" }, { number: "asc" }],
} satisfies Prisma.Indicator$articlesArgs;

/** One version with its pillars, indicators, levels, article references and services, in `lang`. */
export async function getFrameworkVersion(actor: Actor, versionId: string, lang: Locale): Promise<FrameworkVersionView> {
  await findReadable(actor, versionId);
  const db = getDb();
  const version = await db.frameworkVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      ...summarySelect,
      name: true,
      description: true,
      pillars: {
        orderBy: { position: "asc" },
        select: {
          code: true,
          position: true,
          name: true,
          description: true,
          indicators: {
            orderBy: { position: "asc" },
            select: { code: true, position: true, weight: true, title: true, question: true, guidance: true, evidenceGuidance: true, levels: true, articles: ARTICLES_SELECT },
          },
        },
      },
    },
  });
  const codes = version.pillars.flatMap((p) => p.indicators.map((i) => i.code));
  const links = await db.serviceIndicator.findMany({
    where: { indicatorCode: { in: codes }, service: { isActive: true } },
    orderBy: [{ service: { code: "asc" } }],
    select: { indicatorCode: true, service: { select: { code: true, area: true, mode: true, name: true } } },
  });
  const servicesByCode = new Map<string, FrameworkServiceRef[]>();
  for (const link of links) {
    const list = servicesByCode.get(link.indicatorCode) ?? [];
    list.push({ code: link.service.code, area: link.service.area, mode: link.service.mode, name: localize(link.service.name, lang).text });
    servicesByCode.set(link.indicatorCode, list);
  }
  const text = (value: unknown) => localize(value, lang).text;
  return {
    ...summaryOf(version),
    lang,
    name: text(version.name),
    description: text(version.description),
    pillars: version.pillars.map((p) => ({
      code: p.code,
      position: p.position,
      name: text(p.name),
      description: text(p.description),
      indicators: p.indicators.map((i) => ({
        code: i.code,
        position: i.position,
        weight: i.weight,
        title: text(i.title),
        question: text(i.question),
        guidance: text(i.guidance),
        evidenceGuidance: text(i.evidenceGuidance),
        levels: (Array.isArray(i.levels) ? i.levels : []).map((descriptor, level) => ({ level, descriptor: text(descriptor) })),
        articles: documentArticles(i.articles),
        conventionArticles: i.articles.map((a) => ({ convention: a.convention, number: a.number, chapter: a.article.chapter, title: text(a.article.title) })),
        services: servicesByCode.get(i.code) ?? [],
      })),
    })),
  };
}

/** One version as a framework document, all six languages (the format of prisma/frameworks/*.json). */
export async function exportFrameworkDocument(actor: Actor, versionId: string): Promise<TFrameworkDocument> {
  await findReadable(actor, versionId);
  const rows = await getDb().frameworkVersion.findUniqueOrThrow({ where: { id: versionId }, select: versionDocumentSelect });
  return rowsToDocument(rows);
}
