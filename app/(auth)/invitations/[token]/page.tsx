import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/invitation/accept-invitation-form";
import { JoinTeamButton } from "@/components/invitation/join-team-button";
import { SignOutAndReturn } from "@/components/invitation/sign-out-and-return";
import { SingleSignOnButton } from "@/components/invitation/single-sign-on-button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { pageLocale } from "@/lib/pages";
import { getActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { getInvitation, type InvitationView } from "@/lib/team/service";
import { acceptInvitationAction, joinInvitationAction, startSingleSignOnAction } from "./actions";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Why single sign-on did not accept the invitation (lib/auth/options.ts sends the person back here). */
const SSO_REFUSALS = ["FORBIDDEN", "UNVERIFIED", "HAS_ACCOUNT", "IDENTITY_LINKED", "INVITATION_INVALID", "INTERNAL"] as const;
type SsoRefusal = (typeof SSO_REFUSALS)[number];

function ssoRefusal(value: string | string[] | undefined): SsoRefusal | null {
  const v = Array.isArray(value) ? value[0] : value;
  return SSO_REFUSALS.find((r) => r === v) ?? (v ? "INTERNAL" : null);
}

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's address: do not pass it on to other sites in a Referer header.
  return { title: (await getTranslations("invitation"))("title"), referrer: "no-referrer" };
}

async function findInvitation(token: string): Promise<InvitationView | null> {
  try {
    return await getInvitation(token);
  } catch (error) {
    if (isAppError(error) && error.code === "INVITATION_INVALID") return null;
    throw error;
  }
}

// Public (proxy.ts lets /invitations through): the token is the credential. A page cannot answer
// 410, so an invalid link shows its explanation with 200; the actions refuse it with INVITATION_INVALID.
export default async function InvitationPage({ params, searchParams }: Props) {
  const { token } = await params;
  const refusal = ssoRefusal((await searchParams).sso);
  const [invitation, actor, t] = await Promise.all([findInvitation(token), getActor(), getTranslations("invitation")]);
  return (
    <main id="main" className="mx-auto w-full max-w-lg flex-1 px-4 py-10">
      {invitation ? (
        <NextIntlClientProvider messages={pickMessages(await getMessages(), ["invitation"])}>
          <ValidInvitation token={token} invitation={invitation} actorEmail={actor?.email ?? null} refusal={refusal} />
        </NextIntlClientProvider>
      ) : (
        <div className="space-y-4" data-testid="invitation-invalid">
          <h1 className="text-2xl font-semibold">{t("invalid.title")}</h1>
          <p>{t("invalid.body")}</p>
          <Link href="/sign-in" className="text-brand underline">
            {t("invalid.signIn")}
          </Link>
        </div>
      )}
    </main>
  );
}

async function ValidInvitation({
  token,
  invitation,
  actorEmail,
  refusal,
}: {
  token: string;
  invitation: InvitationView;
  actorEmail: string | null;
  refusal: SsoRefusal | null;
}) {
  const e = env();
  const t = await getTranslations("invitation");
  const format = await getFormatter();
  const locale = await pageLocale();
  const here = `/invitations/${token}`;
  const isInvitedAccount = actorEmail !== null && actorEmail.toLowerCase() === invitation.email;
  const isOfficer = invitation.kind === "OFFICER";
  // What is offered decides the heading and the sentence: a respondent's or a focal point's place in
  // a country's team, or a programme officer's portfolio.
  const offer = isOfficer ? "officer" : invitation.role === "FOCAL_POINT" ? "focalPoint" : "respondent";
  const country = invitation.countryName ? localize(invitation.countryName, locale).text : "";
  const listItem = (key: string, code: string, text: unknown) => {
    const name = localize(text, locale);
    return (
      <li key={key}>
        <span className="font-mono text-sm text-muted">{code}</span> <span lang={name.lang}>{name.text}</span>
      </li>
    );
  };
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t(`offer.${offer}.heading`, { country })}</h1>
        <p data-testid="invitation-offer">
          {invitation.inviterName ? t(`offer.${offer}.invitedBy`, { inviter: invitation.inviterName, country }) : t(`offer.${offer}.invitedAnonymous`, { country })}
        </p>
        <p className="text-muted">
          {t("forEmail", { email: invitation.email })} · {t("validUntil", { date: format.dateTime(invitation.expiresAt, { dateStyle: "long", timeStyle: "short" }) })}
        </p>
      </div>
      {offer === "respondent" && (
        <section aria-labelledby="pillars-heading" className="rounded-lg border border-line bg-white p-4">
          <h2 id="pillars-heading" className="mb-2 font-semibold">
            {t("pillarsHeading")}
          </h2>
          <ul className="list-disc space-y-1 ps-5" data-testid="invitation-pillars">
            {invitation.pillars.map((p) => listItem(p.code, p.code, p.name))}
          </ul>
        </section>
      )}
      {isOfficer && (
        <section aria-labelledby="portfolio-heading" className="space-y-3 rounded-lg border border-line bg-white p-4" data-testid="invitation-portfolio">
          <h2 id="portfolio-heading" className="font-semibold">
            {t("portfolio.heading")}
          </h2>
          {invitation.regions.length > 0 && (
            <div>
              <h3 className="font-medium">{t("portfolio.regions")}</h3>
              <ul className="list-disc space-y-1 ps-5">{invitation.regions.map((r) => listItem(r.code, r.code, r.name))}</ul>
            </div>
          )}
          {invitation.officerCountries.length > 0 && (
            <div>
              <h3 className="font-medium">{t("portfolio.countries")}</h3>
              <ul className="list-disc space-y-1 ps-5">{invitation.officerCountries.map((c) => listItem(c.iso2, c.iso2, c.name))}</ul>
            </div>
          )}
        </section>
      )}
      <section className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
        {refusal && (
          <ErrorAlert testId="invitation-sso-refused">{t(`sso.refused.${refusal}`, { email: invitation.email, name: e.OIDC_NAME })}</ErrorAlert>
        )}
        {actorEmail !== null && !isInvitedAccount ? (
          <>
            <p>{t("existing.otherAccount", { email: invitation.email, current: actorEmail })}</p>
            <SignOutAndReturn returnTo={here} />
          </>
        ) : isInvitedAccount ? (
          <>
            <p>{t("existing.signedInAs", { email: invitation.email })}</p>
            <JoinTeamButton join={joinInvitationAction.bind(null, token)} isOfficer={isOfficer} />
          </>
        ) : invitation.hasAccount ? (
          <>
            <p>{t("existing.intro", { email: invitation.email })}</p>
            <Link
              href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}
              className="inline-block rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark"
              data-testid="invitation-sign-in"
            >
              {t("existing.signIn")}
            </Link>
          </>
        ) : (
          <>
            {e.isOidcEnabled && (
              <div className="space-y-2 border-b border-line pb-4">
                <h2 className="text-xl font-semibold">{t("sso.heading", { name: e.OIDC_NAME })}</h2>
                <p className="text-muted">{t("sso.intro", { name: e.OIDC_NAME, email: invitation.email })}</p>
                <SingleSignOnButton providerName={e.OIDC_NAME} start={startSingleSignOnAction.bind(null, token)} />
              </div>
            )}
            <div>
              <h2 className="text-xl font-semibold">{e.isOidcEnabled ? t("newAccount.headingOr") : t("newAccount.heading")}</h2>
              <p className="text-muted">{t("newAccount.intro")}</p>
            </div>
            <AcceptInvitationForm email={invitation.email} accept={acceptInvitationAction.bind(null, token)} />
          </>
        )}
      </section>
    </div>
  );
}
