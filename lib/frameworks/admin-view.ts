import "server-only";
import { frameworkVersionScopeWhere, type Actor } from "../authz";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { FrameworkStatus } from "../generated/prisma/enums";
import { localize, type Locale } from "../i18n/config";
import { isUuid } from "../ids";
import { diffFrameworkDocuments, type FrameworkDiff } from "./diff";
import { listFrameworkTextRevisions, type TextRevisionSummary } from "./revise";
import { rowsToDocument, versionDocumentSelect } from "./rows";

// What the administration's page of one framework version shows: its summary and, for a draft, its
// differences from the published version (the diff the import answered, computed again from the
// rows so the page shows it whenever it is opened). Who may read it: lib/authz.ts, as for the API.
// And its page of text revisions, with the names of who made them.

export interface FrameworkVersionDetail {
  id: string;
  label: string;
  status: FrameworkStatus;
  name: { text: string; lang: Locale };
  createdAt: string;
  publishedAt: string | null;
  retiredAt: string | null;
  pillarCount: number;
  indicatorCount: number;
  /** The published version (null when none is), for the publish confirmation and the diff's heading. */
  published: { id: string; label: string } | null;
  /** A draft's differences from the published version; null for other versions or when none is published. */
  diff: FrameworkDiff | null;
}

export async function getFrameworkVersionDetail(actor: Actor, versionId: string, locale: Locale): Promise<FrameworkVersionDetail> {
  if (!isUuid(versionId)) throw new AppError("NOT_FOUND", "framework version");
  const db = getDb();
  const version = await db.frameworkVersion.findFirst({
    where: { AND: [{ id: versionId }, frameworkVersionScopeWhere(actor)] },
    select: { id: true, status: true, createdAt: true, publishedAt: true, retiredAt: true, ...versionDocumentSelect },
  });
  if (!version) throw new AppError("NOT_FOUND", "framework version");
  const published = await db.frameworkVersion.findFirst({ where: { status: "PUBLISHED" }, select: { id: true, ...versionDocumentSelect } });
  const diff = version.status === "DRAFT" && published ? diffFrameworkDocuments(rowsToDocument(published), rowsToDocument(version)) : null;
  return {
    id: version.id,
    label: version.version,
    status: version.status,
    name: localize(version.name, locale),
    createdAt: version.createdAt.toISOString(),
    publishedAt: version.publishedAt?.toISOString() ?? null,
    retiredAt: version.retiredAt?.toISOString() ?? null,
    pillarCount: version.pillars.length,
    indicatorCount: version.pillars.reduce((n, p) => n + p.indicators.length, 0),
    published: published ? { id: published.id, label: published.version } : null,
    diff,
  };
}

export interface FrameworkRevisionsView {
  id: string;
  label: string;
  status: FrameworkStatus;
  /** Newest first, each with who made it (null once that account is deleted). */
  revisions: (TextRevisionSummary & { actor: { name: string; email: string } | null })[];
}

/** A version's text revisions for the administration's page: administrators only (they name people). */
export async function getFrameworkRevisionsView(actor: Actor, versionId: string): Promise<FrameworkRevisionsView> {
  const revisions = await listFrameworkTextRevisions(actor, versionId);
  const db = getDb();
  const version = await db.frameworkVersion.findUniqueOrThrow({ where: { id: versionId }, select: { id: true, version: true, status: true } });
  const actorIds = [...new Set(revisions.map((r) => r.actorId).filter((id): id is string => id !== null))];
  const users = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, u]));
  return {
    id: version.id,
    label: version.version,
    status: version.status,
    revisions: revisions.map((r) => {
      const user = r.actorId ? users.get(r.actorId) : undefined;
      return { ...r, actor: user ? { name: user.name, email: user.email } : null };
    }),
  };
}
