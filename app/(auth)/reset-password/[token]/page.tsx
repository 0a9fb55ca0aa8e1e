import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { getPasswordReset, type PasswordResetView, type ResetLinkProblem } from "@/lib/account/service";
import { isAppError } from "@/lib/errors";
import { pickMessages } from "@/lib/i18n/pick";
import { reasonOf } from "@/lib/team/run-action";
import { resetPasswordAction } from "./actions";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's address: do not pass it on to other sites in a Referer header.
  return { title: (await getTranslations("resetPassword"))("title"), referrer: "no-referrer" };
}

async function findReset(token: string): Promise<PasswordResetView | ResetLinkProblem> {
  try {
    return await getPasswordReset(token);
  } catch (error) {
    if (isAppError(error) && error.code === "LINK_INVALID") {
      const reason = reasonOf(error.details);
      return reason === "EXPIRED" || reason === "USED" ? reason : "UNKNOWN";
    }
    throw error;
  }
}

// Public (proxy.ts lets /reset-password through): the token is the credential. An expired or used
// link says which, so the person knows to ask for a new one.
export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const [reset, t, format] = await Promise.all([findReset(token), getTranslations("resetPassword"), getFormatter()]);
  return (
    <main id="main" className="mx-auto w-full max-w-lg flex-1 px-4 py-10">
      {typeof reset === "string" ? (
        <div className="space-y-4" data-testid="reset-invalid" data-reason={reset}>
          <h1 className="text-2xl font-semibold">{t(`invalid.${reset}.title`)}</h1>
          <p>{t(`invalid.${reset}.body`)}</p>
          <Link href="/sign-in" className="text-brand underline">
            {t("signIn")}
          </Link>
        </div>
      ) : (
        <div className="space-y-6">
          <div className="space-y-2">
            <h1 className="text-2xl font-semibold">{t("heading")}</h1>
            <p>{t("intro", { name: reset.name })}</p>
            <p className="text-muted">{t("validUntil", { date: format.dateTime(reset.expiresAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
          </div>
          <section className="rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
            <NextIntlClientProvider messages={pickMessages(await getMessages(), ["resetPassword", "account"])}>
              <ResetPasswordForm email={reset.email} reset={resetPasswordAction.bind(null, token)} />
            </NextIntlClientProvider>
          </section>
        </div>
      )}
    </main>
  );
}
