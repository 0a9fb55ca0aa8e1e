import { AppHeader } from "@/components/layout/app-header";
import { requirePageActor } from "@/lib/auth/session";

// Every page below requires a signed-in actor; each page still checks access to its own resource.
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  return (
    <>
      <AppHeader actor={actor} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
