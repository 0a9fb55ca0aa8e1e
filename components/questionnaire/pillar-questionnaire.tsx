"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { IndicatorCard } from "./indicator-card";
import type { QuestionnaireIndicator } from "./types";
import type { SaveStatus } from "./use-autosave";

const UNSENT: SaveStatus[] = ["pending", "saving", "offline", "conflict", "refused", "invalid"];

/** The indicators of one pillar, with one live status line for the page and a warning on leaving. */
export function PillarQuestionnaire({
  roundId,
  indicators,
  pillarTarget,
  canEdit,
}: {
  roundId: string;
  indicators: QuestionnaireIndicator[];
  pillarTarget: number;
  canEdit: boolean;
}) {
  const t = useTranslations("questionnaire");
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const onStatus = useCallback((id: string, status: SaveStatus) => setStatuses((s) => (s[id] === status ? s : { ...s, [id]: status })), []);
  // "2 - Developing" for levels 0 to 4, formatted once for every card (each shows them twice: the
  // level choice and the target list); a message with values costs tens of microseconds to format.
  const levelLabels = useMemo(() => [0, 1, 2, 3, 4].map((level) => t("levelLabel", { level, name: t(`levelNames.${level}`) })), [t]);

  const values = Object.values(statuses);
  const unsent = values.filter((s) => UNSENT.includes(s)).length;
  const summary = values.includes("conflict")
    ? t("summary.conflict")
    : values.includes("offline")
      ? t("summary.offline", { count: unsent })
      : values.some((s) => s === "pending" || s === "saving")
        ? t("summary.saving")
        : values.some((s) => s === "refused" || s === "invalid")
          ? t("summary.problem")
          : values.includes("saved")
            ? t("summary.saved")
            : "";

  // One listener for the page's life, reading the count of unsent answers from a ref that is set
  // in a layout effect: by the time the status line says "saved" on screen, leaving no longer asks.
  const unsentRef = useRef(unsent);
  useLayoutEffect(() => {
    unsentRef.current = unsent;
  }, [unsent]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (unsentRef.current === 0) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return (
    // Cards reached by an anchor (#INV-03) stop below the sticky status line, not under it.
    <div className="space-y-4 [&>article]:scroll-mt-16">
      {canEdit && (
        <p role="status" aria-live="polite" className="sticky top-0 z-10 rounded border border-line bg-white px-3 py-2 text-sm shadow-sm" data-testid="save-summary">
          {summary || t("summary.idle")}
        </p>
      )}
      {indicators.map((indicator) => (
        <IndicatorCard key={indicator.id} roundId={roundId} indicator={indicator} pillarTarget={pillarTarget} levelLabels={levelLabels} canEdit={canEdit} onStatus={onStatus} />
      ))}
    </div>
  );
}
