"use client";

import { useTranslations } from "next-intl";
import type { TAnswerFields } from "@/lib/answers/schemas";

type Choice = "L0" | "L1" | "L2" | "L3" | "L4" | "NA" | "DK" | "";

export function choiceOf(a: Pick<TAnswerFields, "kind" | "level">): Choice {
  if (a.kind === "LEVEL" && a.level !== null) return `L${a.level}` as Choice;
  if (a.kind === "NOT_APPLICABLE") return "NA";
  if (a.kind === "DONT_KNOW") return "DK";
  return "";
}

export function fieldsOf(choice: Choice): Pick<TAnswerFields, "kind" | "level"> {
  if (choice.startsWith("L")) return { kind: "LEVEL", level: Number(choice.slice(1)) };
  if (choice === "NA") return { kind: "NOT_APPLICABLE", level: null };
  if (choice === "DK") return { kind: "DONT_KNOW", level: null };
  return { kind: null, level: null };
}

/** One radio group: the five maturity levels with their descriptors, then "not applicable" and "don't know". */
export function LevelChoice({
  name,
  value,
  levels,
  levelLabels,
  disabled,
  textLang,
  onChange,
  errorId,
}: {
  name: string;
  value: Choice;
  levels: string[];
  /** "2 - Developing" for each level, formatted once for the page. */
  levelLabels: readonly string[];
  disabled: boolean;
  textLang: string | null;
  onChange: (choice: Choice) => void;
  errorId?: string;
}) {
  const t = useTranslations("questionnaire");
  const options: { value: Choice; label: string; description?: string }[] = [
    ...levels.map((d, i) => ({ value: `L${i}` as Choice, label: levelLabels[i], description: d })),
    { value: "NA", label: t("notApplicable") },
    { value: "DK", label: t("dontKnow") },
  ];
  return (
    <fieldset className="space-y-1" aria-describedby={errorId}>
      <legend className="mb-1 font-medium">{t("currentLevel")}</legend>
      {options.map((o) => (
        <label
          key={o.value}
          className="flex cursor-pointer items-start gap-2 rounded border border-transparent p-2 hover:border-line has-[:checked]:border-brand has-[:checked]:bg-blue-50"
        >
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            disabled={disabled}
            onChange={() => onChange(o.value)}
            className="mt-1"
          />
          <span>
            <span className="font-medium">{o.label}</span>
            {o.description && (
              <span className="block text-sm text-muted" lang={textLang ?? undefined} dir={textLang ? "auto" : undefined}>
                {o.description}
              </span>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
