"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { EvidenceView } from "./types";

/**
 * The evidence of the previous round's answer this one was carried over from: linked, not copied,
 * so it is shown read-only (it belongs to that round). Files download through the evidence route,
 * under its own authorization (anyone who may view the country).
 */
export function CarriedEvidence({ cycle, items }: { cycle: string; items: EvidenceView[] }) {
  const t = useTranslations("questionnaire.carry");
  const uid = useId();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${uid}-h`} className="space-y-1 rounded border border-line p-3" data-testid="carried-evidence">
      <h3 id={`${uid}-h`} className="font-medium">{t("evidenceFrom", { cycle })}</h3>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center gap-2 text-sm">
            {item.kind === "LINK" ? (
              <a href={item.url ?? "#"} target="_blank" rel="noopener noreferrer nofollow" dir={item.title ? "auto" : "ltr"} className="text-brand underline">
                {item.title || item.url}
              </a>
            ) : (
              <a href={`/api/v1/evidence/${item.id}`} className="text-brand underline">
                {item.title || item.fileName}
              </a>
            )}
            {item.kind === "FILE" && item.sizeBytes !== null && <span className="text-muted">({Math.ceil(item.sizeBytes / 1024)} KB)</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
