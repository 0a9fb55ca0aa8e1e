import { describe, expect, it } from "vitest";
import type { TAnswerFields } from "./schemas";
import { decideSaveOutcome, sameAnswer, UNREADABLE, type ServerAnswer } from "./save-outcome";

const sent: TAnswerFields = { kind: "LEVEL", level: 2, notApplicableReason: null, justification: "Draft law.", targetOverride: null };
const saved = (fields: Partial<ServerAnswer> = {}): ServerAnswer => ({ ...sent, version: 4, updatedAt: "2026-12-01T10:00:00.000Z", updatedBy: "Ana", ...fields });
const error = (code: string, extra: Record<string, unknown> = {}) => ({ error: { code, message: `message of ${code}`, ...extra } });

describe("decideSaveOutcome", () => {
  it("is saved when the server returns the answer", () => {
    expect(decideSaveOutcome(200, { answer: saved() }, sent)).toEqual({ kind: "saved", answer: saved() });
  });

  it("retries a 200 whose body was cut off or is not ours, instead of staying 'saving'", () => {
    expect(decideSaveOutcome(200, UNREADABLE, sent)).toEqual({ kind: "retry" });
    expect(decideSaveOutcome(200, { answer: { version: "5" } }, sent)).toEqual({ kind: "retry" });
    expect(decideSaveOutcome(200, null, sent)).toEqual({ kind: "retry" });
  });

  it("counts a conflict with our own text as saved, at the server's version", () => {
    const current = saved({ version: 7, justification: "Draft law." });
    expect(decideSaveOutcome(409, error("VERSION_CONFLICT", { details: { current } }), sent)).toEqual({ kind: "saved", answer: current });
  });

  it("sends again on the server's version when it holds an earlier answer of ours whose reply was lost", () => {
    const earlier: TAnswerFields = { ...sent, justification: null };
    const current = saved({ version: 5, justification: null });
    expect(decideSaveOutcome(409, error("VERSION_CONFLICT", { details: { current } }), sent, [earlier])).toEqual({ kind: "rebase", version: 5 });
    // Without that earlier answer it is someone else's.
    expect(decideSaveOutcome(409, error("VERSION_CONFLICT", { details: { current } }), sent, [])).toMatchObject({ kind: "conflict" });
  });

  it("shows a conflict with someone else's text, or with no saved answer", () => {
    const current = saved({ justification: "Law adopted in 2025." });
    expect(decideSaveOutcome(409, error("VERSION_CONFLICT", { details: { current } }), sent)).toEqual({ kind: "conflict", current });
    expect(decideSaveOutcome(409, error("VERSION_CONFLICT", { details: { current: null } }), sent)).toEqual({ kind: "conflict", current: null });
  });

  it("hands a 422's field reasons to the fields, never 'no connection'", () => {
    const body = error("INVALID_INPUT", { fields: { "answer.justification": "controlCharacters", junk: 3 } });
    expect(decideSaveOutcome(422, body, sent)).toEqual({ kind: "invalid", fields: { "answer.justification": "controlCharacters" } });
    expect(decideSaveOutcome(422, error("INVALID_INPUT"), sent)).toEqual({ kind: "invalid", fields: { form: "invalid" } });
  });

  it("retries server errors, throttling and answers that are not ours", () => {
    expect(decideSaveOutcome(500, error("INTERNAL"), sent)).toEqual({ kind: "retry" });
    expect(decideSaveOutcome(503, UNREADABLE, sent)).toEqual({ kind: "retry" });
    expect(decideSaveOutcome(429, error("RATE_LIMITED"), sent)).toEqual({ kind: "retry" });
    expect(decideSaveOutcome(502, "<html>Bad gateway</html>", sent)).toEqual({ kind: "retry" });
    expect(decideSaveOutcome(404, UNREADABLE, sent)).toEqual({ kind: "retry" });
  });

  it("stops on a refusal for good, with the server's message", () => {
    expect(decideSaveOutcome(409, error("ROUND_NOT_EDITABLE"), sent)).toEqual({ kind: "refused", message: "message of ROUND_NOT_EDITABLE" });
    expect(decideSaveOutcome(401, error("UNAUTHENTICATED"), sent)).toEqual({ kind: "refused", message: "message of UNAUTHENTICATED" });
    expect(decideSaveOutcome(413, error("PAYLOAD_TOO_LARGE"), sent)).toEqual({ kind: "refused", message: "message of PAYLOAD_TOO_LARGE" });
  });
});

describe("sameAnswer", () => {
  it("compares the fields a person edits, treating missing as null", () => {
    expect(sameAnswer(sent, { ...sent })).toBe(true);
    expect(sameAnswer(sent, { ...sent, targetOverride: 3 })).toBe(false);
    expect(sameAnswer(sent, { ...sent, justification: "Draft law. " })).toBe(false);
    expect(sameAnswer({ ...sent, notApplicableReason: undefined as unknown as null }, sent)).toBe(true);
  });
});
