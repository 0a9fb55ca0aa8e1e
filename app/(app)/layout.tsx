import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { InPlaceLinks } from "@/components/layout/in-place-links";
import { NavigationProgress } from "@/components/layout/navigation-progress";
import { requirePageActor } from "@/lib/auth/session";

// Every page below requires a signed-in actor; each page still checks access to its own resource.
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const t = await getTranslations("nav");
  return (
    <>
      {/* Suspense: the progress reads the address's query (useSearchParams). */}
      <Suspense fallback={null}>
        <NavigationProgress label={t("opening")} />
      </Suspense>
      <InPlaceLinks />
      <AppHeader actor={actor} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
