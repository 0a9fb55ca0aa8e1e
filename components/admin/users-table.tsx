import Link from "@/components/ui/link";
import type { getFormatter, getTranslations } from "next-intl/server";
import type { UserRow, UserStatus } from "@/lib/admin/users/service";

type T = Awaited<ReturnType<typeof getTranslations<"admin">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

export const STATUS_CLASS: Record<UserStatus, string> = {
  active: "border-ok text-ok",
  disabled: "border-danger text-danger",
  invited: "border-brand text-brand",
};

/** The roles of an account, in words: administrator, officer, focal point or respondent of each country. */
export function roleLabels(user: Pick<UserRow, "isAdmin" | "isOfficer" | "memberships">, t: T): string[] {
  const labels: string[] = [];
  if (user.isAdmin) labels.push(t("roles.admin"));
  if (user.isOfficer) labels.push(t("roles.officer"));
  for (const m of user.memberships) labels.push(t(m.role === "FOCAL_POINT" ? "roles.focalPointOf" : "roles.respondentOf", { iso: m.countryIso2 }));
  return labels;
}

export function UsersTable({ users, t, format }: { users: UserRow[]; t: T; format: Format }) {
  if (users.length === 0) return <p className="text-muted">{t("users.none")}</p>;
  return (
    // Scrolls sideways on a phone rather than squeezing six columns.
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-start text-sm" data-testid="users-table">
        <caption className="sr-only">{t("users.heading")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("users.columns.name")}</th>
            <th scope="col" className="p-2 text-start">{t("users.columns.email")}</th>
            <th scope="col" className="p-2 text-start">{t("users.columns.roles")}</th>
            <th scope="col" className="p-2 text-start">{t("users.columns.countries")}</th>
            <th scope="col" className="p-2 text-start">{t("users.columns.status")}</th>
            <th scope="col" className="p-2 text-start">{t("users.columns.lastSignIn")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-line" data-testid="user-row">
              <th scope="row" className="p-2 text-start font-medium">
                <Link href={`/admin/users/${u.id}`} className="text-brand underline-offset-4 hover:underline">
                  {u.name}
                </Link>
              </th>
              <td className="p-2 break-all">
                <bdi dir="ltr">{u.email}</bdi>
              </td>
              <td className="p-2">{roleLabels(u, t).join(", ") || t("roles.none")}</td>
              <td className="p-2 font-mono">{[...new Set(u.memberships.map((m) => m.countryIso2))].join(", ")}</td>
              <td className="p-2">
                <span className={`inline-block rounded border px-2 py-0.5 ${STATUS_CLASS[u.status]}`} data-testid="user-status">
                  {t(`users.statuses.${u.status}`)}
                </span>
              </td>
              <td className="p-2 whitespace-nowrap">{u.lastSignInAt ? format.dateTime(u.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.never")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
