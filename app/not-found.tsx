import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="mb-3 text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mb-6 text-muted">{t("NOT_FOUND")}</p>
      <Link href="/" className="text-brand underline">{t("backHome")}</Link>
    </main>
  );
}
