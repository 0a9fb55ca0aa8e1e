import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { IdentityLinkButton } from "@/components/account/identity-link-button";
import { IdentityUnlinkButton } from "@/components/account/identity-unlink-button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { getIdentityStatus, type LinkOutcome } from "@/lib/auth/identity/service";
import { OIDC_PROVIDER_ID } from "@/lib/auth/oidc";
import { requirePageActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { pickMessages } from "@/lib/i18n/pick";
import { startIdentityLinkAction, unlinkIdentityAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const OUTCOMES = ["LINKED", "LINK_INVALID", "IDENTITY_LINKED", "ALREADY_LINKED", "ADMIN"] as const satisfies readonly LinkOutcome[];

/** How the last link attempt ended (the sign-in callback sends the person back here with it). */
function outcomeOf(value: string | string[] | undefined): LinkOutcome | null {
  const v = Array.isArray(value) ? value[0] : value;
  return OUTCOMES.find((o) => o === v) ?? null;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("identity"))("title") };
}

// The signed-in person's own link to the configured identity provider: see it, make it, remove it.
export default async function IdentityPage({ searchParams }: Props) {
  const e = env();
  if (!e.isOidcEnabled) notFound();
  const actor = await requirePageActor();
  const params = await searchParams;
  const [status, t, format] = await Promise.all([getIdentityStatus(actor, OIDC_PROVIDER_ID), getTranslations("identity"), getFormatter()]);
  const outcome = outcomeOf(params.link);
  const name = e.OIDC_NAME;
  return (
    <div className="max-w-2xl space-y-6">
      <div className="space-y-2">
        <Link href="/account" className="text-brand underline-offset-4 hover:underline">
          {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("heading", { name })}</h1>
        <p className="text-muted">{t("intro", { name })}</p>
      </div>
      <section className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6" aria-labelledby="identity-status">
        <h2 id="identity-status" className="text-xl font-semibold">
          {t("statusHeading")}
        </h2>
        {outcome === "LINKED" && (
          <p role="status" className="rounded border border-line bg-surface px-3 py-2" data-testid="identity-outcome">
            {t("outcome.LINKED", { name })}
          </p>
        )}
        {outcome && outcome !== "LINKED" && <ErrorAlert testId="identity-outcome">{t(`outcome.${outcome}`, { name })}</ErrorAlert>}
        {params.unlinked === "1" && !status.linkedAt && (
          <p role="status" className="rounded border border-line bg-surface px-3 py-2" data-testid="identity-outcome">
            {t("unlinked", { name })}
          </p>
        )}
        <p data-testid="identity-status">
          {status.linkedAt ? t("linked", { name, date: format.dateTime(status.linkedAt, { dateStyle: "long" }) }) : t("notLinked", { name })}
        </p>
        <NextIntlClientProvider messages={pickMessages(await getMessages(), ["identity"])}>
          {!status.mayLink && (
            <p className="text-muted" data-testid="identity-admin">
              {t("adminRefused", { name })}
            </p>
          )}
          {status.linkedAt ? (
            status.hasPassword ? (
              <IdentityUnlinkButton providerName={name} unlink={unlinkIdentityAction} />
            ) : (
              <p className="text-muted">{t("unlinkNeedsPassword", { name })}</p>
            )
          ) : (
            status.mayLink && <IdentityLinkButton providerName={name} start={startIdentityLinkAction} />
          )}
        </NextIntlClientProvider>
      </section>
    </div>
  );
}
