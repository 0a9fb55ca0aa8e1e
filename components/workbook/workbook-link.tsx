// The round page's link to the offline questionnaire, for those who may answer something in it.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export async function WorkbookLink({ roundId, show }: { roundId: string; show: boolean }) {
  if (!show) return null;
  const t = await getTranslations("workbook.page");
  return (
    <p>
      <Link href={`/rounds/${roundId}/workbook`} className="text-brand underline" data-testid="workbook-link">{t("roundLink")}</Link>
    </p>
  );
}
