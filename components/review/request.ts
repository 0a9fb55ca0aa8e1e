// The review's JSON routes, called from its forms. A failure carries what the form shows: the
// fields' message keys (validation.<key>), the conflict's reason (review.errors.<reason>), or the
// server's own translated message.
export type RequestResult<T> =
  | { ok: true; data: T }
  | { ok: false; fields: Record<string, string>; reason: string | null; message: string | null };

interface ErrorBody {
  error?: { message?: string; fields?: Record<string, string>; details?: { reason?: string } };
}

export async function requestJson<T>(url: string, method: "POST" | "PUT", body?: unknown): Promise<RequestResult<T>> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.ok) return { ok: true, data: (await response.json()) as T };
    const payload = (await response.json().catch(() => null)) as ErrorBody | null;
    return { ok: false, fields: payload?.error?.fields ?? {}, reason: payload?.error?.details?.reason ?? null, message: payload?.error?.message ?? null };
  } catch {
    return { ok: false, fields: {}, reason: null, message: null };
  }
}

const REASONS = ["noReview", "reviewInProgress", "notSubmitted", "notInReview", "notValidated", "draft"] as const;

/** The sentence for a failure that no field shows. */
export function failureText(t: (key: string) => string, failure: { reason: string | null; message: string | null }): string {
  const reason = REASONS.find((r) => r === failure.reason);
  if (reason) return t(`errors.${reason}`);
  return failure.message ?? t("errors.failed");
}
