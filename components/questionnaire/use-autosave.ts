"use client";

// Autosave of one indicator's answer: debounced, kept locally until acknowledged, retried while the
// server cannot be reached, and stopped on a version conflict until the person chooses.
import { useCallback, useEffect, useRef, useState } from "react";
import type { TAnswerFields } from "@/lib/answers/schemas";
import { clearPending, readPending, writePending } from "./pending-store";

export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "offline" | "conflict" | "refused" | "invalid";

export interface ServerAnswer extends TAnswerFields {
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

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
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const version = useRef(initialVersion);
  const latest = useRef<TAnswerFields | null>(null);
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
    let response: Response;
    try {
      response = await fetch(`/api/rounds/${roundId}/answers/${indicatorId}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version: version.current, answer }),
      });
    } catch {
      inFlight.current = false;
      return scheduleRetry();
    }
    inFlight.current = false;
    if (response.ok) {
      const body = (await response.json()) as { answer: ServerAnswer };
      version.current = body.answer.version;
      retryDelay.current = 1000;
      setFieldErrors({});
      setMessage(null);
      if (latest.current === answer) {
        latest.current = null;
        clearPending(roundId, indicatorId);
        setStatus("saved");
      } else {
        // Edited again while this save was in flight: send the newer text on the new version.
        writePending(roundId, indicatorId, { version: version.current, answer: latest.current!, editedAt: Date.now() });
        void sendRef.current();
      }
      return;
    }
    const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string; fields?: Record<string, string>; details?: { current?: ServerAnswer | null } } } | null;
    const code = body?.error?.code;
    if (response.status === 409 && code === "VERSION_CONFLICT") {
      setConflict(body?.error?.details?.current ?? null);
      setStatus("conflict");
      return;
    }
    if (response.status === 422) {
      setFieldErrors(body?.error?.fields ?? {});
      setStatus("invalid");
      return;
    }
    if (response.status >= 500 || response.status === 429 || !code) return scheduleRetry();
    // Refused for good (round submitted, access removed, session expired): keep the text locally
    // and say why; nothing is discarded.
    setMessage(body?.error?.message ?? null);
    setStatus("refused");
  }, [roundId, indicatorId, setStatus, scheduleRetry]);

  useEffect(() => {
    sendRef.current = send;
  }, [send]);



  /** Called on every valid change of the form. */
  const schedule = useCallback(
    (answer: TAnswerFields) => {
      latest.current = answer;
      writePending(roundId, indicatorId, { version: version.current, answer, editedAt: Date.now() });
      if (statusRef.current === "conflict") return;
      if (statusRef.current !== "offline") setStatus("pending");
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), DEBOUNCE_MS);
    },
    [roundId, indicatorId, send, setStatus],
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

  /** An unsent change left by an earlier visit: restore it and send it. */
  const restore = useCallback((): TAnswerFields | null => {
    const pending = readPending(roundId, indicatorId);
    if (!pending) return null;
    version.current = pending.version;
    latest.current = pending.answer;
    setStatus("pending");
    timer.current = setTimeout(() => void send(), 50);
    return pending.answer;
  }, [roundId, indicatorId, send, setStatus]);

  return { status, conflict, message, fieldErrors, schedule, keepMine, takeTheirs, restore };
}
