// Between a framework document and the rows of framework_versions, pillars, indicators and
// indicator_articles: the writer shared by the seed and the import (no `server-only`: the seed runs
// from plain scripts), and the reverse mapping the export uses. Positions are 1-based array order, both ways.
import { articleRefs, documentArticles, type ArticleRef } from "../conventions/articles";
import type { Prisma } from "../generated/prisma/client";
import { FRAMEWORK_DOCUMENT_FORMAT, type TFrameworkDocument, type TLocalizedText } from "./document";

type Tx = Pick<Prisma.TransactionClient, "frameworkVersion" | "pillar" | "indicator" | "indicatorArticle">;

/**
 * Writes a document as a new DRAFT version (pillars and indicators can only be written while the
 * version is a draft: a trigger enforces it). Run it inside a transaction, so that a failure leaves
 * no half-written version. Returns the new version's id.
 */
export async function writeDraftVersion(tx: Tx, document: TFrameworkDocument): Promise<string> {
  const version = await tx.frameworkVersion.create({
    data: { version: document.version, name: document.name, description: document.description },
    select: { id: true },
  });
  await writeVersionContent(tx, version.id, document);
  return version.id;
}

/**
 * Writes a document's pillars and indicators into an existing DRAFT version that has none (a new
 * one, or a draft whose content an edit has just deleted: lib/frameworks/edit.ts).
 */
export async function writeVersionContent(tx: Tx, versionId: string, document: TFrameworkDocument): Promise<void> {
  const version = { id: versionId };
  for (const [pIndex, p] of document.pillars.entries()) {
    const pillar = await tx.pillar.create({
      data: { frameworkVersionId: version.id, code: p.code, position: pIndex + 1, name: p.name, description: p.description },
      select: { id: true },
    });
    const indicators = await tx.indicator.createManyAndReturn({
      data: p.indicators.map((i, iIndex) => ({
        frameworkVersionId: version.id,
        pillarId: pillar.id,
        code: i.code,
        position: iIndex + 1,
        weight: i.weight,
        title: i.title,
        question: i.question,
        guidance: i.guidance,
        levels: i.levels,
        evidenceGuidance: i.evidenceGuidance,
      })),
      select: { id: true, code: true },
    });
    // Each indicator's Convention articles (a foreign key refuses an article the table lacks).
    const idOf = new Map(indicators.map((i) => [i.code, i.id]));
    await tx.indicatorArticle.createMany({
      data: p.indicators.flatMap((i) => articleRefs(i.articles).map((ref) => ({ indicatorId: idOf.get(i.code) as string, ...ref }))),
    });
  }
}

/** What the export reads of a version (see versionDocumentSelect). */
export interface VersionRows {
  version: string;
  name: unknown;
  description: unknown;
  pillars: {
    code: string;
    name: unknown;
    description: unknown;
    indicators: {
      code: string;
      weight: number;
      title: unknown;
      question: unknown;
      guidance: unknown;
      levels: unknown;
      evidenceGuidance: unknown;
      articles: ArticleRef[];
    }[];
  }[];
}

/** The Prisma select that reads VersionRows, in document order. */
export const versionDocumentSelect = {
  version: true,
  name: true,
  description: true,
  pillars: {
    orderBy: { position: "asc" },
    select: {
      code: true,
      name: true,
      description: true,
      indicators: {
        orderBy: { position: "asc" },
        select: {
          code: true,
          weight: true,
          title: true,
          question: true,
          guidance: true,
          levels: true,
          evidenceGuidance: true,
          articles: { select: { convention: true, number: true }, orderBy: [{ convention: "asc" }, { number: "asc" }] },
        },
      },
    },
  },
} satisfies Prisma.FrameworkVersionSelect;

// Texts are JSON columns written from validated documents (or, for versions written before
// documents existed, by the seed with the same shape): they are passed through as they are.
const asText = (value: unknown) => value as TLocalizedText;

/** A stored version as a framework document (the format of prisma/frameworks/*.json). */
export function rowsToDocument(rows: VersionRows): TFrameworkDocument {
  return {
    $schema: "./framework.schema.json",
    format: FRAMEWORK_DOCUMENT_FORMAT,
    version: rows.version,
    name: asText(rows.name),
    description: asText(rows.description),
    pillars: rows.pillars.map((p) => ({
      code: p.code,
      name: asText(p.name),
      description: asText(p.description),
      indicators: p.indicators.map((i) => {
        const levels = Array.isArray(i.levels) ? i.levels.map(asText) : [];
        return {
          code: i.code,
          weight: i.weight,
          title: asText(i.title),
          question: asText(i.question),
          guidance: asText(i.guidance),
          // The type says 5; a stored version always has five (written from a document, or by the seed).
          levelCount: levels.length as 5,
          levels,
          evidenceGuidance: asText(i.evidenceGuidance),
          articles: documentArticles(i.articles),
        };
      }),
    })),
  };
}
