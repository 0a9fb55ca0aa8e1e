"use client";

import { useTranslations } from "next-intl";
import type { TAnswerFields } from "@/lib/answers/schemas";
import type { ServerAnswer } from "./use-autosave";

/** Shown when someone else saved the same indicator first: both versions side by side, and a choice. */
export function ConflictPanel({
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: TAnswerFields;
  theirs: ServerAnswer | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const t = useTranslations("questionnaire");
  const describe = (a: TAnswerFields | null) => {
    if (!a || a.kind === null) return t("noAnswer");
    if (a.kind === "LEVEL") return t("levelLabel", { level: a.level ?? 0, name: t(`levelNames.${a.level ?? 0}`) });
    return a.kind === "NOT_APPLICABLE" ? t("notApplicable") : t("dontKnow");
  };
  return (
    <div role="alert" className="space-y-3 rounded border border-orange-400 bg-orange-50 p-3" data-testid="conflict">
      <p className="font-medium">{t("conflict.title", { name: theirs?.updatedBy ?? t("conflict.someone") })}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <section className="rounded bg-white p-2">
          <h3 className="font-semibold">{t("conflict.theirs")}</h3>
          <p data-testid="conflict-theirs">{describe(theirs)}</p>
          {theirs?.justification && <p className="whitespace-pre-wrap text-sm">{theirs.justification}</p>}
        </section>
        <section className="rounded bg-white p-2">
          <h3 className="font-semibold">{t("conflict.mine")}</h3>
          <p data-testid="conflict-mine">{describe(mine)}</p>
          {mine.justification && <p className="whitespace-pre-wrap text-sm">{mine.justification}</p>}
        </section>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} className="rounded bg-brand px-3 py-1 text-white">{t("conflict.keepMine")}</button>
        <button type="button" onClick={onTakeTheirs} className="rounded border border-brand px-3 py-1 text-brand">{t("conflict.takeTheirs")}</button>
      </div>
    </div>
  );
}
