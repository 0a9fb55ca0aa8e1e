"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { useState } from "react";
import { OneTimeLinkPanel } from "@/components/ui/one-time-link-panel";
import { ApiTokenForm } from "./api-token-form";
import { ApiTokenList, type ApiTokenRow } from "./api-token-list";

/**
 * The account page's API tokens: the form, the token just made (shown once: it lives in this
 * component's state only, and a reload loses it on purpose), and the list, refreshed from the API
 * after a creation and updated in place after a revocation.
 */
export function ApiTokensPanel({ initial }: { initial: ApiTokenRow[] }) {
  const t = useTranslations("account");
  const [tokens, setTokens] = useState(initial);
  const [created, setCreated] = useState<{ token: string } | null>(null);
  const [status, setStatus] = useState("");

  async function refresh() {
    try {
      const response = await fetch("/api/v1/tokens", { cache: "no-store" });
      if (response.ok) setTokens(((await response.json()) as { tokens: ApiTokenRow[] }).tokens);
    } catch {
      // The list stays as it was; the new token is shown all the same.
    }
  }

  return (
    <div className="space-y-6">
      <p>
        <Link href="/api-docs" className="text-brand underline" data-testid="api-docs-link">
          {t("tokens.docsLink")}
        </Link>
      </p>
      <ApiTokenForm
        onCreated={(c) => {
          setStatus("");
          setCreated({ token: c.token });
          void refresh();
        }}
      />
      {created && (
        <OneTimeLinkPanel
          id="api-token-new"
          testId="api-token-new-panel"
          link={created.token}
          labels={{ label: t("tokens.newLabel"), note: t("tokens.newNote") }}
          copy={{ label: t("tokens.copy"), copied: t("tokens.copied"), failed: t("tokens.copyFailed") }}
        />
      )}
      <div className="space-y-2">
        <h3 className="text-lg font-semibold">{t("tokens.listHeading")}</h3>
        <p role="status" className="text-sm empty:hidden" data-testid="api-token-status-message">
          {status}
        </p>
        <ApiTokenList
          tokens={tokens}
          onRevoked={(row) => {
            setTokens((list) => list.map((r) => (r.id === row.id ? row : r)));
            setStatus(t("tokens.revokedDone", { name: row.name }));
          }}
        />
      </div>
    </div>
  );
}
