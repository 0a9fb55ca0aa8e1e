"use client";

import { useTranslations } from "next-intl";

// Unexpected errors: a generic message and the digest that matches the server's log line; never
// the stack.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="mb-3 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-muted">{error.digest ? t("bodyWithId", { id: error.digest }) : t("body")}</p>
      <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 text-white">
        {t("retry")}
      </button>
    </main>
  );
}
