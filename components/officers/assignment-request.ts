import type { TOfficerAssignment } from "@/lib/officers/schemas";

/** The part of a next-intl translator used here (messages are not typed in this project). */
export interface Translate {
  (key: string): string;
  has(key: string): boolean;
}

/**
 * Sends one assignment change to the route handler. Resolves with nothing on success, or the
 * sentence to show: the precise reason (an administrator, a team member, an unknown code) from the
 * `officers` messages when there is one, else the server's translated message.
 */
export async function changeAssignment(
  userId: string,
  method: "POST" | "DELETE",
  input: TOfficerAssignment,
  t: Translate,
): Promise<{ ok: true; changed: boolean } | { ok: false; message: string }> {
  try {
    const response = await fetch(`/api/v1/admin/officers/${userId}/assignments`, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
    const body = (await response.json().catch(() => null)) as {
      changed?: boolean;
      error?: { message?: string; fields?: Record<string, string>; details?: { reason?: string } };
    } | null;
    if (response.ok) return { ok: true, changed: body?.changed === true };
    const reason = body?.error?.details?.reason;
    if (reason && t.has(`errors.${reason}`)) return { ok: false, message: t(`errors.${reason}`) };
    const field = body?.error?.fields?.code;
    if (field && t.has(`validation.${field}`)) return { ok: false, message: t(`validation.${field}`) };
    return { ok: false, message: body?.error?.message ?? t("errors.failed") };
  } catch {
    return { ok: false, message: t("errors.failed") };
  }
}
