import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ApiTokensPanel } from "@/components/account/api-tokens-panel";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { LocaleForm } from "@/components/account/locale-form";
import { getAccount } from "@/lib/account/service";
import { listApiTokens } from "@/lib/api-tokens/service";
import { requirePageActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { pageLocale } from "@/lib/pages";
import { changePasswordAction, setLocaleChoiceAction, signOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

// Every signed-in person's own account: password, language, API tokens, sessions.
export default async function AccountPage() {
  const actor = await requirePageActor();
  const [account, tokens, t, locale] = await Promise.all([getAccount(actor), listApiTokens(actor), getTranslations("account"), pageLocale()]);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const section = "space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6";
  return (
    <div className="max-w-2xl space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <p className="text-muted">
          {account.name} · <span dir="ltr">{account.email}</span>
        </p>
      </div>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["account"])}>
        <section aria-labelledby="password-heading" className={section}>
          <h2 id="password-heading" className="text-xl font-semibold">
            {t("password.heading")}
          </h2>
          {account.hasPassword ? (
            <ChangePasswordForm email={account.email} change={changePasswordAction} />
          ) : (
            <p className="text-muted">{t("password.none")}</p>
          )}
        </section>
        <section aria-labelledby="language-heading" className={section}>
          <h2 id="language-heading" className="text-xl font-semibold">
            {t("language.heading")}
          </h2>
          <LocaleForm current={isLocale(account.locale) ? account.locale : locale} save={setLocaleChoiceAction} />
        </section>
        <section aria-labelledby="api-tokens-heading" className={section}>
          <h2 id="api-tokens-heading" className="text-xl font-semibold">
            {t("tokens.heading")}
          </h2>
          <p className="text-muted">{t("tokens.intro")}</p>
          <ApiTokensPanel
            initial={tokens.map((tk) => ({ ...tk, createdAt: tk.createdAt.toISOString(), expiresAt: tk.expiresAt.toISOString(), lastUsedAt: iso(tk.lastUsedAt), revokedAt: iso(tk.revokedAt) }))}
          />
        </section>
      </NextIntlClientProvider>
      {env().isOidcEnabled && (
        <section aria-labelledby="sso-heading" className={section}>
          <h2 id="sso-heading" className="text-xl font-semibold">
            {t("sso.heading")}
          </h2>
          <p className="text-muted">{t("sso.intro")}</p>
          <Link href="/account/identity" className="text-brand underline">
            {t("sso.link")}
          </Link>
        </section>
      )}
      <section aria-labelledby="sessions-heading" className={section}>
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t("sessions.heading")}
        </h2>
        <p className="text-muted">{t("sessions.intro")}</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="rounded border border-danger px-4 py-2 font-medium text-danger hover:bg-red-50" data-testid="sign-out-everywhere">
            {t("sessions.submit")}
          </button>
        </form>
      </section>
    </div>
  );
}
