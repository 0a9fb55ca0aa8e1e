import "server-only";
// A framework version's moves that administrators make: publishing a draft (which retires the
// version published until then, in the same transaction: there is always at most one, the one new
// rounds open on; rounds keep the version they were opened on) and deleting a draft. The database's
// triggers hold the same rules (migration 20261202020000): this module says them in the user's terms.
import { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit/service";
import { assertAdmin, type Actor } from "../authz";
import { getDb } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";

export interface PublishResult {
  id: string;
  label: string;
  status: "PUBLISHED";
  /** The version that was published until now, retired by this (null when there was none). */
  retired: { id: string; label: string } | null;
}

interface VersionRow {
  id: string;
  version: string;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
}

export async function publishFrameworkVersion(actor: Actor, versionId: string): Promise<PublishResult> {
  assertAdmin(actor);
  if (!isUuid(versionId)) throw new AppError("NOT_FOUND", "framework version");
  return getDb().$transaction(async (tx) => {
    // The draft and the published version, locked in id order (two publishes at once wait for each
    // other instead of deadlocking; the second then finds its version no longer a draft, or the
    // first's version published).
    const rows = await tx.$queryRaw<VersionRow[]>(Prisma.sql`
      SELECT id, version, status::text AS status FROM framework_versions
      WHERE id = ${versionId}::uuid OR status = 'PUBLISHED' ORDER BY id FOR UPDATE`);
    const draft = rows.find((r) => r.id === versionId);
    if (!draft) throw new AppError("NOT_FOUND", "framework version");
    if (draft.status !== "DRAFT") throw new AppError("CONFLICT", "only a draft can be published", { details: { reason: "notDraft", status: draft.status } });
    const previous = rows.find((r) => r.status === "PUBLISHED") ?? null;
    if (previous) {
      await tx.frameworkVersion.update({ where: { id: previous.id }, data: { status: "RETIRED" } });
      await recordAudit({ actorId: actor.userId, action: "framework.retire", entityType: "framework_version", entityId: previous.id, before: { status: "PUBLISHED" }, after: { status: "RETIRED", replacedBy: draft.version } }, tx);
    }
    await tx.frameworkVersion.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
    await recordAudit({ actorId: actor.userId, action: "framework.publish", entityType: "framework_version", entityId: draft.id, before: { status: "DRAFT" }, after: { status: "PUBLISHED", label: draft.version } }, tx);
    return { id: draft.id, label: draft.version, status: "PUBLISHED" as const, retired: previous ? { id: previous.id, label: previous.version } : null };
  });
}

/** Deletes a draft with its pillars and indicators; a published or retired version stays forever. */
export async function deleteDraftFrameworkVersion(actor: Actor, versionId: string): Promise<void> {
  assertAdmin(actor);
  if (!isUuid(versionId)) throw new AppError("NOT_FOUND", "framework version");
  await getDb().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<VersionRow[]>(Prisma.sql`SELECT id, version, status::text AS status FROM framework_versions WHERE id = ${versionId}::uuid FOR UPDATE`);
    if (!row) throw new AppError("NOT_FOUND", "framework version");
    if (row.status !== "DRAFT") throw new AppError("CONFLICT", "only a draft can be deleted", { details: { reason: "notDraft", status: row.status } });
    await tx.frameworkVersion.delete({ where: { id: row.id } });
    await recordAudit({ actorId: actor.userId, action: "framework.delete", entityType: "framework_version", entityId: row.id, before: { status: "DRAFT", label: row.version } }, tx);
  });
}
