import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SignInForm, type SingleSignOnError } from "@/components/auth/sign-in-form";
import { getActor } from "@/lib/auth/session";
import { DEMO_PASSWORD, type DemoAccountView } from "@/lib/auth/demo";
import { listDemoAccounts } from "@/lib/auth/service";
import { isDatabaseUnreachable } from "@/lib/auth/unavailable";
import { env } from "@/lib/env";
import { pickMessages } from "@/lib/i18n/pick";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

/** Only same-site paths may be a post-sign-in destination (no open redirect). */
function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : "/";
}

/** Refusals the sign-in callback names itself (lib/auth/options.ts). */
const NAMED_ERRORS = ["SSO_NOT_LINKED", "SSO_ADMIN", "UNAVAILABLE"] as const;

/**
 * next-auth sends a failed single sign-on back here with `error`: a code of ours when the sign-in
 * callback refused with a reason, AccessDenied when the identity's account may not sign in, and
 * next-auth's own codes when the exchange with the provider failed.
 */
function singleSignOnError(value: string | string[] | undefined): SingleSignOnError | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return null;
  return NAMED_ERRORS.find((c) => c === v) ?? (v === "AccessDenied" ? "SSO_REFUSED" : "SSO_FAILED");
}

/** In demo mode, the demo accounts from the database; none when it cannot be reached (the form says why on sign-in). */
async function demoAccounts(): Promise<DemoAccountView[]> {
  try {
    return await listDemoAccounts();
  } catch (error) {
    if (isDatabaseUnreachable(error)) return [];
    throw error;
  }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const t = await getTranslations("signIn");
  const e = env();
  const demo = e.isDemoMode ? { password: DEMO_PASSWORD, accounts: await demoAccounts() } : null;
  return (
    <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-10">
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-muted">{t("intro")}</p>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["signIn", "validation"])}>
        <SignInForm
          callbackUrl={callbackUrl}
          oidcName={e.isOidcEnabled ? e.OIDC_NAME : null}
          demo={demo}
          initialError={e.isOidcEnabled ? singleSignOnError(params.error) : null}
        />
      </NextIntlClientProvider>
    </main>
  );
}
