import { getTranslations } from "next-intl/server";
import type { FrameworkStatus } from "@/lib/generated/prisma/enums";

const STYLE: Record<FrameworkStatus, string> = {
  DRAFT: "border-brand text-brand",
  PUBLISHED: "border-ok text-ok",
  RETIRED: "border-line text-muted",
};

/** A framework version's status, as a word in a bordered badge (the colour only repeats it). */
export async function FrameworkStatusBadge({ status }: { status: FrameworkStatus }) {
  const t = await getTranslations("admin.frameworks");
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${STYLE[status]}`} data-testid="framework-status">
      {t(`status.${status}`)}
    </span>
  );
}
