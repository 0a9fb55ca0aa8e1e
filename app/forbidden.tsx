import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

// Rendered with HTTP 403 by forbidden() (experimental.authInterrupts).
export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="mb-3 text-2xl font-semibold" data-testid="forbidden">{t("forbiddenTitle")}</h1>
      <p className="mb-6 text-muted">{t("FORBIDDEN")}</p>
      <Link href="/" className="text-brand underline">{t("backHome")}</Link>
    </main>
  );
}
