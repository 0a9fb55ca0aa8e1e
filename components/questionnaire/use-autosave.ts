"use client";

// Autosave of one indicator's answer: debounced, kept locally until acknowledged, retried while the
// server cannot be reached, and stopped on a version conflict until the person chooses. The person
// reads "saved" only when the server holds exactly what is on the screen: content that is not valid
// yet (a justification over the limit, "not applicable" without a reason) is kept on the device and
// not sent until it is. What each response means is decided by lib/answers/save-outcome.ts.
import { useCallback, useEffect, useRef, useState } from "react";
import type { TAnswerFields } from "@/lib/answers/schemas";
import { decideSaveOutcome, UNREADABLE, type ServerAnswer } from "@/lib/answers/save-outcome";
import { clearPending, readPending, writePending } from "./pending-store";

export type { ServerAnswer } from "@/lib/answers/save-outcome";

export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "offline" | "conflict" | "refused" | "invalid";

export const DEBOUNCE_MS = 800;
const MAX_RETRY_MS = 15_000;

interface Options {
  roundId: string;
  indicatorId: string;
  initialVersion: number;
  onStatus?: (status: SaveStatus) => void;
}

export function useAutosave({ roundId, indicatorId, initialVersion, onStatus }: Options) {
  const [status, setStatusState] = useState<SaveStatus>("idle");
  const [conflict, setConflict] = useState<ServerAnswer | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  /** The server's reasons for refusing the content, per field (message keys). */
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const version = useRef(initialVersion);
  /** The newest valid answer the server has not acknowledged yet (null: nothing to send). */
  const latest = useRef<TAnswerFields | null>(null);
  /** The form holds content that is not valid yet: kept on the device, and not sent. */
  const held = useRef<TAnswerFields | null>(null);
  /** Answers sent whose reply was lost: the server may hold one of them (see decideSaveOutcome). */
  const unconfirmed = useRef<TAnswerFields[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryDelay = useRef(1000);
  const inFlight = useRef(false);
  const statusRef = useRef<SaveStatus>("idle");

  // The parent's callback may be a new function on every render: keep the latest in a ref so the
  // callbacks below stay stable (a changing `send` would re-run effects and drop pending timers).
  const onStatusRef = useRef(onStatus);
  useEffect(() => {
    onStatusRef.current = onStatus;
  }, [onStatus]);
  const setStatus = useCallback((s: SaveStatus) => {
    statusRef.current = s;
    setStatusState(s);
    onStatusRef.current?.(s);
  }, []);

  // Retries go through a ref to the latest `send`, so the two callbacks need not name each other.
  const sendRef = useRef<() => Promise<void>>(async () => {});
  const scheduleRetry = useCallback(() => {
    setStatus("offline");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void sendRef.current(), retryDelay.current);
    retryDelay.current = Math.min(MAX_RETRY_MS, retryDelay.current * 2);
  }, [setStatus]);

  const send = useCallback(async (): Promise<void> => {
    if (inFlight.current || !latest.current || statusRef.current === "conflict") return;
    clearTimeout(timer.current);
    const answer = latest.current;
    inFlight.current = true;
    setStatus("saving");
    let outcome;
    try {
      const response = await fetch(`/api/v1/rounds/${roundId}/answers/${indicatorId}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version: version.current, answer }),
      });
      // A body cut off by a dropped connection either fails to read or fails to parse: both unreadable.
      const body: unknown = await response.json().catch(() => UNREADABLE);
      outcome = decideSaveOutcome(response.status, body, answer, unconfirmed.current);
    } catch {
      outcome = { kind: "retry" } as const;
    } finally {
      inFlight.current = false;
    }

    // Any answer but "retry" tells where the server stands: earlier lost replies no longer matter.
    if (outcome.kind === "retry") unconfirmed.current = [...unconfirmed.current, answer].slice(-10);
    else unconfirmed.current = [];

    if (outcome.kind === "rebase") {
      version.current = outcome.version;
      if (!latest.current) latest.current = answer;
      void sendRef.current();
      return;
    }
    if (outcome.kind === "saved") {
      version.current = outcome.answer.version;
      retryDelay.current = 1000;
      setFieldErrors({});
      setMessage(null);
      if (held.current) {
        // The person has since typed something not valid yet: it stays on the device, now based on
        // the version just saved, and the status keeps saying so.
        writePending(roundId, indicatorId, { version: version.current, answer: held.current, editedAt: Date.now() });
        if (latest.current === answer) latest.current = null;
        setStatus("invalid");
      } else if (latest.current === answer || latest.current === null) {
        latest.current = null;
        clearPending(roundId, indicatorId);
        setStatus("saved");
      } else {
        // Edited again while this save was in flight: send the newer text on the new version.
        writePending(roundId, indicatorId, { version: version.current, answer: latest.current, editedAt: Date.now() });
        void sendRef.current();
      }
      return;
    }
    if (outcome.kind === "retry") {
      // Content not valid yet has replaced what was in flight: nothing to resend until it is fixed.
      if (held.current && latest.current === null) return setStatus("invalid");
      if (!latest.current) latest.current = answer;
      return scheduleRetry();
    }
    if (outcome.kind === "conflict") {
      setConflict(outcome.current);
      setStatus("conflict");
      return;
    }
    if (outcome.kind === "invalid") {
      // Sending the same content again cannot succeed: it waits on the device for the next edit.
      if (latest.current === answer) latest.current = null;
      setFieldErrors(outcome.fields);
      setStatus("invalid");
      return;
    }
    // Refused for good (round submitted, access removed, session expired): keep the text locally
    // and say why; nothing is discarded.
    setMessage(outcome.message);
    setStatus("refused");
  }, [roundId, indicatorId, setStatus, scheduleRetry]);

  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  /** Called with the form's content after every change that passes validation. */
  const schedule = useCallback(
    (answer: TAnswerFields, delay = DEBOUNCE_MS) => {
      latest.current = answer;
      held.current = null;
      setFieldErrors({});
      writePending(roundId, indicatorId, { version: version.current, answer, editedAt: Date.now() });
      if (statusRef.current === "conflict") return;
      if (statusRef.current !== "offline") setStatus("pending");
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), delay);
    },
    [roundId, indicatorId, send, setStatus],
  );

  /**
   * Called with the form's content after a change that does not pass validation (the errors show at
   * the fields): it is kept on the device, nothing is sent, and the page keeps warning on leaving.
   */
  const hold = useCallback(
    (answer: TAnswerFields) => {
      held.current = answer;
      latest.current = null;
      setFieldErrors({});
      clearTimeout(timer.current);
      writePending(roundId, indicatorId, { version: version.current, answer, editedAt: Date.now() });
      if (statusRef.current !== "conflict") setStatus("invalid");
    },
    [roundId, indicatorId, setStatus],
  );

  /** Keep my answer: resend it on top of the version now saved. */
  const keepMine = useCallback(() => {
    version.current = conflict?.version ?? 0;
    setConflict(null);
    setStatus("pending");
    void send();
  }, [conflict, send, setStatus]);

  /** Use theirs: drop my unsent change; the caller resets the form to the returned answer. */
  const takeTheirs = useCallback((): ServerAnswer | null => {
    const theirs = conflict;
    version.current = theirs?.version ?? 0;
    latest.current = null;
    held.current = null;
    clearPending(roundId, indicatorId);
    setConflict(null);
    setStatus("saved");
    return theirs;
  }, [conflict, roundId, indicatorId, setStatus]);

  // Back online: send at once instead of waiting for the next retry.
  useEffect(() => {
    const online = () => {
      if (latest.current && statusRef.current !== "conflict") {
        retryDelay.current = 1000;
        void send();
      }
    };
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [send]);

  // Unmounting (leaving the page) stops the timer; the unsent answer stays in localStorage.
  useEffect(() => () => clearTimeout(timer.current), []);

  /**
   * An unsent change left by an earlier visit, to put back into the form. The caller validates it
   * and hands it to `schedule` or `hold`, like any edit; it is based on the version it was made on.
   */
  const restore = useCallback((): TAnswerFields | null => {
    const pending = readPending(roundId, indicatorId);
    if (!pending) return null;
    version.current = pending.version;
    return pending.answer;
  }, [roundId, indicatorId]);

  /** The version the next save will be based on (a confirmation is based on it too). */
  const currentVersion = useCallback(() => version.current, []);
  /** A write outside the autosave (confirming a carried-over answer) moved the version on. */
  const adoptVersion = useCallback((v: number) => {
    version.current = v;
  }, []);

  return { status, conflict, message, fieldErrors, schedule, hold, keepMine, takeTheirs, restore, currentVersion, adoptVersion };
}
