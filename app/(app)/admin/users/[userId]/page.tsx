import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { UsersAccountActions } from "@/components/admin/users-account-actions";
import { roleLabels, STATUS_CLASS } from "@/components/admin/users-table";
import { getUserDetail } from "@/lib/admin/users/service";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404, pageLocale } from "@/lib/pages";
import { sendPasswordResetAction, setUserDisabledAction } from "./actions";

type Props = { params: Promise<{ userId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("user.title") };
}

export default async function UserPage({ params }: Props) {
  const actor = await requirePageActor();
  const { userId } = await params;
  const user = await loadOr404(() => getUserDetail(actor, userId));
  const [t, format, locale] = await Promise.all([getTranslations("admin"), getFormatter(), pageLocale()]);
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : t("users.never"));
  const isOfficer = user.officerRegions.length > 0 || user.officerCountries.length > 0;
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-2">
        <Link href="/admin/users" className="text-brand underline-offset-4 hover:underline">
          {t("user.back")}
        </Link>
        <h1 className="text-2xl font-semibold">{user.name}</h1>
        <p>
          <bdi dir="ltr">{user.email}</bdi>{" "}
          <span className={`ms-2 inline-block rounded border px-2 py-0.5 text-sm ${STATUS_CLASS[user.status]}`} data-testid="user-status">
            {t(`users.statuses.${user.status}`)}
          </span>
        </p>
      </div>
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("users.columns.roles")}</dt>
        <dd>{roleLabels(user, t).join(", ") || t("roles.none")}</dd>
        <dt className="font-medium">{t("user.created")}</dt>
        <dd>{date(user.createdAt)}</dd>
        <dt className="font-medium">{t("users.columns.lastSignIn")}</dt>
        <dd>{date(user.lastSignInAt)}</dd>
        {user.disabledAt && (
          <>
            <dt className="font-medium">{t("user.disabledAt")}</dt>
            <dd>{date(user.disabledAt)}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="memberships-heading" className="space-y-2">
        <h2 id="memberships-heading" className="text-xl font-semibold">
          {t("user.memberships")}
        </h2>
        {user.memberships.length === 0 ? (
          <p className="text-muted">{t("user.noMemberships")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-5" data-testid="user-memberships">
            {user.memberships.map((m) => (
              <li key={m.countryIso2}>
                <Link href={`/countries/${m.countryIso2}/team`} className="text-brand underline">
                  {localize(m.countryName, locale).text}
                </Link>{" "}
                · {t(m.role === "FOCAL_POINT" ? "roles.focalPoint" : "roles.respondent")}
                {m.pillarCodes.length > 0 && <span className="font-mono text-sm text-muted"> ({m.pillarCodes.join(", ")})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="officer-heading" className="space-y-2">
        <h2 id="officer-heading" className="text-xl font-semibold">
          {t("user.officer")}
        </h2>
        {isOfficer ? (
          <ul className="list-disc space-y-1 ps-5" data-testid="user-officer">
            {user.officerRegions.map((r) => (
              <li key={r.code}>{localize(r.name, locale).text}</li>
            ))}
            {user.officerCountries.map((c) => (
              <li key={c.iso2}>{localize(c.name, locale).text}</li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t("user.noOfficer")}</p>
        )}
        <Link href={`/admin/officers/${user.id}`} className="text-brand underline">
          {t("user.manageOfficer")}
        </Link>
      </section>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["admin"])}>
        <UsersAccountActions
          user={{ name: user.name, email: user.email, disabled: user.status === "disabled", isSelf: user.isSelf }}
          setDisabled={setUserDisabledAction.bind(null, user.id)}
          sendReset={sendPasswordResetAction.bind(null, user.id)}
        />
      </NextIntlClientProvider>
    </div>
  );
}
