"use server";

import { revalidatePath } from "next/cache";
import { string } from "zod/mini";
import { newRequestId, runWithRequestId } from "@/lib/api/request-context";
import { requireActor } from "@/lib/auth/session";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { FRAMEWORK_DOCUMENT_MAX_BYTES, type DocumentIssue } from "@/lib/frameworks/document";
import { saveFrameworkPillarEdit } from "@/lib/frameworks/edit";
import { importFrameworkDocument } from "@/lib/frameworks/import";
import { deleteDraftFrameworkVersion, publishFrameworkVersion } from "@/lib/frameworks/publish";
import { logger } from "@/lib/logger";
import type { ActionResult } from "@/lib/team/action-result";
import { parseInput, reasonOf, runAction } from "@/lib/team/run-action";

// The framework versions' administration. Each action: actor -> lib/frameworks (which checks
// lib/authz.ts assertAdmin, validates the document and writes the audit events) -> a typed result
// that the client translates; never a thrown error.

/** What the import form gets back: the draft's id, or what was wrong with the file. */
export type FrameworkImportActionResult =
  | { ok: true; id: string }
  | {
      ok: false;
      /** An AppError code, or `noFile` / `notJson` (the file itself, before the document is read). */
      error: string;
      /** FRAMEWORK_INVALID: every problem of the document, with its path. */
      issues?: DocumentIssue[];
      /** Values for the message (the label in use, the parser's words on invalid JSON). */
      values?: Record<string, string>;
      requestId?: string;
    };

function labelOf(details: unknown): string {
  return details && typeof details === "object" && "label" in details && typeof details.label === "string" ? details.label : "";
}

function issuesOf(details: unknown): DocumentIssue[] {
  return details && typeof details === "object" && "issues" in details && Array.isArray(details.issues) ? (details.issues as DocumentIssue[]) : [];
}

/** Reads the uploaded file (form field `document`), parses it as JSON and imports it as a new draft. */
export async function importFrameworkAction(form: FormData): Promise<FrameworkImportActionResult> {
  const requestId = newRequestId();
  return runWithRequestId(requestId, async (): Promise<FrameworkImportActionResult> => {
    try {
      const actor = await requireActor();
      const file = form.get("document");
      if (!(file instanceof File) || file.size === 0) return { ok: false, error: "noFile" };
      if (file.size > FRAMEWORK_DOCUMENT_MAX_BYTES) return { ok: false, error: "PAYLOAD_TOO_LARGE" };
      let input: unknown;
      try {
        input = JSON.parse(await file.text());
      } catch (error) {
        return { ok: false, error: "notJson", values: { detail: error instanceof Error ? error.message : "" } };
      }
      const draft = await importFrameworkDocument(actor, input);
      revalidatePath("/admin/frameworks");
      return { ok: true, id: draft.id };
    } catch (error) {
      if (isAppError(error)) {
        if (error.code === "FRAMEWORK_INVALID") return { ok: false, error: error.code, issues: issuesOf(error.details) };
        if (error.code === "FRAMEWORK_VERSION_EXISTS") return { ok: false, error: error.code, values: { label: labelOf(error.details) } };
        return { ok: false, error: error.code };
      }
      logger.error({ err: error, requestId, action: "admin.framework.import" }, "unexpected error in server action");
      return { ok: false, error: "INTERNAL", requestId };
    }
  });
}

export async function publishFrameworkAction(versionId: string): Promise<ActionResult<{ label: string; retired: string | null }>> {
  return runAction("admin.framework.publish", async () => {
    const id = parseInput(string(), versionId);
    const result = await publishFrameworkVersion(await requireActor(), id);
    revalidatePath("/admin/frameworks");
    revalidatePath(`/admin/frameworks/${id}`);
    return { label: result.label, retired: result.retired?.label ?? null };
  });
}

export async function deleteFrameworkDraftAction(versionId: string): Promise<ActionResult> {
  return runAction("admin.framework.delete", async () => {
    const id = parseInput(string(), versionId);
    await deleteDraftFrameworkVersion(await requireActor(), id);
    revalidatePath("/admin/frameworks");
    return {};
  });
}

/** What the editor gets back: what was saved, or what was wrong, at its fields where it can say. */
export type FrameworkEditActionResult =
  | { ok: true; mode: "draft"; label: string }
  | { ok: true; mode: "revision"; changes: number }
  | {
      ok: false;
      error: ErrorCode;
      /** CONFLICT `changedMeanwhile`, INVALID_INPUT `noChange`. */
      reason?: string;
      /** Form field -> message key (INVALID_INPUT, and FRAMEWORK_INVALID's problems the form shows). */
      fields?: Record<string, string>;
      /** FRAMEWORK_INVALID: the problems of the merged document the form does not show. */
      issues?: DocumentIssue[];
      values?: Record<string, string>;
      requestId?: string;
    };

/** Saves one pillar of the editor: a draft's edit or a text revision of the published version. */
export async function saveFrameworkPillarAction(versionId: string, input: unknown): Promise<FrameworkEditActionResult> {
  const requestId = newRequestId();
  return runWithRequestId(requestId, async (): Promise<FrameworkEditActionResult> => {
    try {
      const id = parseInput(string(), versionId);
      const result = await saveFrameworkPillarEdit(await requireActor(), id, input);
      revalidatePath("/admin/frameworks");
      revalidatePath(`/admin/frameworks/${id}`);
      return result.mode === "draft" ? { ok: true, mode: "draft", label: result.label } : { ok: true, mode: "revision", changes: result.changes };
    } catch (error) {
      if (isAppError(error)) {
        const reason = reasonOf(error.details);
        return {
          ok: false,
          error: error.code,
          ...(reason ? { reason } : {}),
          ...(error.fields ? { fields: error.fields } : {}),
          ...(error.code === "FRAMEWORK_INVALID" ? { issues: issuesOf(error.details) } : {}),
          ...(error.code === "FRAMEWORK_VERSION_EXISTS" ? { values: { label: labelOf(error.details) } } : {}),
        };
      }
      logger.error({ err: error, requestId, action: "admin.framework.edit" }, "unexpected error in server action");
      return { ok: false, error: "INTERNAL", requestId };
    }
  });
}
