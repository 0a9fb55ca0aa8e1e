import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { TeamInvitations } from "@/components/team/team-invitations";
import { InviteForm } from "@/components/team/invite-form";
import { MembersList } from "@/components/team/members-list";
import { loadOr404, pageLocale } from "@/lib/pages";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { listTeam } from "@/lib/team/service";
import { inviteMemberAction, removeMemberAction, revokeInvitationAction, updateAssignmentAction } from "./actions";

type Props = { params: Promise<{ iso2: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

// Focal points manage their team here; assigned officers and administrators see it read-only (the
// service decides which, and refuses everyone else).
export default async function TeamPage({ params }: Props) {
  const actor = await requirePageActor();
  const { iso2 } = await params;
  const team = await loadOr404(() => listTeam(actor, iso2));
  const t = await getTranslations("team");
  const locale = await pageLocale();
  const country = localize(team.country.name, locale).text;
  const pillars = team.pillars.map((p) => ({ code: p.code, name: localize(p.name, locale).text }));
  const manage = team.canManage;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href={`/countries/${team.country.iso2}`} className="text-brand underline-offset-4 hover:underline">
          {t("backToCountry", { country })}
        </Link>
        <h1 className="text-2xl font-semibold">{t("heading", { country })}</h1>
        <p className="text-muted">{manage ? t("intro") : t("introReadOnly")}</p>
      </div>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["team"])}>
        {manage && <InviteForm pillars={pillars} invite={inviteMemberAction.bind(null, team.country.iso2)} />}
        <MembersList
          members={team.members}
          pillars={pillars}
          actions={manage ? { updateAssignment: updateAssignmentAction, removeMember: removeMemberAction } : undefined}
        />
        <TeamInvitations invitations={team.invitations} revoke={manage ? revokeInvitationAction : undefined} />
      </NextIntlClientProvider>
    </div>
  );
}
