import { getTranslations } from "next-intl/server";
import type { RoundStatus } from "@/lib/generated/prisma/enums";
import { html, type Markup } from "@/lib/html/markup";

const TONE: Record<RoundStatus | "CANCELLED", string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  SUBMITTED: "bg-blue-100 text-blue-900",
  IN_REVIEW: "bg-amber-100 text-amber-900",
  CHANGES_REQUESTED: "bg-orange-100 text-orange-900",
  VALIDATED: "bg-green-100 text-green-900",
  ARCHIVED: "bg-zinc-200 text-zinc-800",
  CANCELLED: "bg-red-100 text-red-900",
};

type StatusLabel = (key: RoundStatus | "CANCELLED") => string;

/** A round's status; a cancelled round (archived by its focal point) reads "Cancelled". */
export async function StatusBadge({ status, cancelled = false }: { status: RoundStatus; cancelled?: boolean }) {
  const t = await getTranslations("status");
  return <StatusBadgeLabel status={status} cancelled={cancelled} label={t} />;
}

/**
 * The same badge, synchronous, with the "status" translations passed in: for tables that show one
 * per row (an administrator's heat map has 193), where an async component per row costs more than
 * the row itself.
 */
export function StatusBadgeLabel({ status, cancelled = false, label }: { status: RoundStatus; cancelled?: boolean; label: StatusLabel }) {
  const key = cancelled ? "CANCELLED" : status;
  return <span className={badgeClass(key)} data-testid="status-badge">{label(key)}</span>;
}

function badgeClass(key: RoundStatus | "CANCELLED"): string {
  return `inline-block rounded px-2 py-0.5 text-sm font-medium ${TONE[key]}`;
}

/** The same badge as markup, for a table body built as text (lib/html/markup.ts). */
export function statusBadgeMarkup(status: RoundStatus, label: StatusLabel, cancelled = false): Markup {
  const key = cancelled ? "CANCELLED" : status;
  return html`<span class="${badgeClass(key)}" data-testid="status-badge">${label(key)}</span>`;
}
