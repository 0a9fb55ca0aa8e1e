import { getTranslations } from "next-intl/server";

export interface TargetPillar {
  code: string;
  name: string;
  target: number;
}

/**
 * The pillar targets of an editable round, for its focal point: a plain form (works without
 * JavaScript) posting to the round's server action.
 */
export async function TargetsForm({ roundId, pillars, action }: { roundId: string; pillars: TargetPillar[]; action: (formData: FormData) => Promise<void> }) {
  const t = await getTranslations("roundManage");
  // The five level names once, not once per pillar.
  const levels = [0, 1, 2, 3, 4].map((level) => ({ level, label: t("level", { level }) }));
  return (
    <form action={action} className="space-y-3 rounded-lg border border-line bg-white p-4" data-testid="targets-form">
      <input type="hidden" name="roundId" value={roundId} />
      <p className="text-sm text-muted">{t("targetsHint")}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        {pillars.map((p) => (
          <div key={p.code} className="flex flex-wrap items-center justify-between gap-2">
            <label htmlFor={`target-${p.code}`}>{p.name}</label>
            <select id={`target-${p.code}`} name={`target-${p.code}`} defaultValue={String(p.target)} className="rounded border border-line bg-white p-1">
              {levels.map(({ level, label }) => (
                <option key={level} value={level}>{label}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit" className="rounded border border-brand px-4 py-2 font-medium text-brand hover:bg-brand hover:text-white">{t("saveTargets")}</button>
    </form>
  );
}
