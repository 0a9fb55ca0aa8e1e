import "server-only";
// In-app notifications, stored in PostgreSQL (every instance reads the same inbox), written in the
// transaction of what they report, and mailed after it commits when SMTP is configured, in each
// recipient's language. A notification holds references (round, country, cycle, indicator code),
// never a comment's text, and its recipients are chosen with the rules of lib/authz.ts: nothing
// reaches a reader that their own pages would not show them.
import { createTranslator } from "use-intl/core";
import { loadActor } from "../auth/actor";
import { canOnCountry, officersOfCountryWhere, type Actor } from "../authz";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { NotificationKind } from "../generated/prisma/enums";
import { DEFAULT_LOCALE, isLocale, localize, type Locale } from "../i18n/config";
import { loadMessages } from "../i18n/catalogue";
import { logger } from "../logger";
import { publicBaseUrl } from "../mail/public-url";
import { isMailEnabled, sendMail } from "../mail/send-mail";

type Tx = Prisma.TransactionClient;

export interface NotificationData {
  cycle?: string;
  iso2?: string;
  indicatorCode?: string | null;
  commentId?: string;
}

export interface NewNotifications {
  kind: NotificationKind;
  recipients: readonly string[];
  actorId: string | null;
  roundId?: string | null;
  countryId?: string | null;
  data?: NotificationData;
}

/** Writes one notification per recipient (the actor is never notified of their own action). */
export async function notify(tx: Tx, n: NewNotifications): Promise<string[]> {
  const to = [...new Set(n.recipients)].filter((id) => id !== n.actorId);
  if (to.length === 0) return [];
  await tx.notification.createMany({
    data: to.map((userId) => ({ userId, kind: n.kind, actorId: n.actorId, roundId: n.roundId ?? null, countryId: n.countryId ?? null, data: (n.data ?? {}) as Prisma.InputJsonValue })),
  });
  return to;
}

/** The active members of a country's team. */
export async function countryTeamIds(tx: Tx, countryId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { countryId, user: { disabledAt: null } }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/** The active officers assigned to a country, directly or through its programme region. */
export async function countryOfficerIds(tx: Tx, country: { id: string; programmeRegionId: string | null }): Promise<string[]> {
  const rows = await tx.officerAssignment.findMany({ where: { ...officersOfCountryWhere(country), user: { disabledAt: null } }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/** Of these people, those who may read internal comments on the country (lib/authz.ts "comment.internal"). */
export async function internalReaders(userIds: readonly string[], country: { id: string; programmeRegionId: string | null }): Promise<string[]> {
  if (userIds.length === 0) return [];
  const users = await getDb().user.findMany({ where: { id: { in: [...userIds] }, disabledAt: null }, select: { id: true, sessionVersion: true } });
  const actors = await Promise.all(users.map((u) => loadActor(u.id, u.sessionVersion)));
  return actors.filter((a): a is Actor => a !== null && canOnCountry(a, "comment.internal", country)).map((a) => a.userId);
}

// --- Mail, after the transaction -----------------------------------------------------------------

/** Where a notification leads. */
export function notificationHref(n: { kind: NotificationKind; roundId: string | null; data: unknown }): string {
  const data = (n.data ?? {}) as NotificationData;
  if (n.kind === "INVITATION_ACCEPTED") return data.iso2 ? `/countries/${data.iso2}` : "/";
  if (!n.roundId) return "/notifications";
  if (n.kind === "ROUND_SUBMITTED" || n.kind === "COMMENT_REPLIED" || n.kind === "REVIEW_SENT" || n.kind === "CHANGES_REQUESTED") return `/rounds/${n.roundId}/review`;
  return `/rounds/${n.roundId}`;
}

/**
 * Mails the notifications just written to their recipients, each in their language. Best effort: a
 * failed send is logged and changes nothing (the notification is in the inbox either way).
 */
export async function mailNotifications(n: { kind: NotificationKind; roundId?: string | null; countryId?: string | null; data?: NotificationData }, userIds: readonly string[]): Promise<void> {
  if (!isMailEnabled() || userIds.length === 0) return;
  try {
    const db = getDb();
    const [users, country] = await Promise.all([
      db.user.findMany({ where: { id: { in: [...userIds] }, disabledAt: null }, select: { id: true, email: true, locale: true } }),
      n.countryId ? db.country.findUnique({ where: { id: n.countryId }, select: { name: true } }) : Promise.resolve(null),
    ]);
    const link = `${publicBaseUrl()}${notificationHref({ kind: n.kind, roundId: n.roundId ?? null, data: n.data })}`;
    for (const user of users) {
      const locale: Locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
      const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "notifications" });
      const values = { country: localize(country?.name, locale).text, cycle: n.data?.cycle ?? "", indicator: n.data?.indicatorCode ?? "" };
      try {
        await sendMail({ to: user.email, subject: t(`subject.${n.kind}`, values), text: `${t(`text.${n.kind}`, values)}\n\n${link}\n` });
      } catch (error) {
        logger.warn({ event: "notification.mail_failed", kind: n.kind, err: error }, "notification email could not be sent");
      }
    }
  } catch (error) {
    logger.warn({ event: "notification.mail_failed", kind: n.kind, err: error }, "notification emails could not be prepared");
  }
}

// --- The inbox ------------------------------------------------------------------------------------

export interface InboxItem {
  id: string;
  kind: NotificationKind;
  href: string;
  roundId: string | null;
  countryName: unknown;
  actorName: string | null;
  data: NotificationData;
  createdAt: Date;
  read: boolean;
}

const INBOX_PAGE = 50;

/** The reader's latest notifications, newest first. */
export async function listNotifications(actor: Actor): Promise<InboxItem[]> {
  const rows = await getDb().notification.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_PAGE,
    select: { id: true, kind: true, roundId: true, data: true, createdAt: true, readAt: true, country: { select: { name: true } }, actor: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    href: notificationHref(r),
    roundId: r.roundId,
    countryName: r.country?.name ?? null,
    actorName: r.actor?.name ?? null,
    data: (r.data ?? {}) as NotificationData,
    createdAt: r.createdAt,
    read: r.readAt !== null,
  }));
}

export async function unreadCount(actor: Actor): Promise<number> {
  return getDb().notification.count({ where: { userId: actor.userId, readAt: null } });
}

/** Marks the reader's own notifications read: the given ones, or all. Someone else's are untouched. */
export async function markRead(actor: Actor, ids: readonly string[] | "all"): Promise<{ updated: number }> {
  const { count } = await getDb().notification.updateMany({
    where: { userId: actor.userId, readAt: null, ...(ids === "all" ? {} : { id: { in: [...ids] } }) },
    data: { readAt: new Date() },
  });
  return { updated: count };
}
