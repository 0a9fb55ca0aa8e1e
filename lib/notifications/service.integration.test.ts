import { describe, expect, it } from "vitest";
import { loadActor } from "../auth/actor";
import { getDb } from "../db";
import { addReviewComment, replyToComment, sendReview, startReview } from "../review/service";
import { submitRound } from "../rounds/service";
import { makeOpenRound, makeUser } from "../testing/fixtures";
import { listNotifications, markRead, unreadCount } from "./service";

/** A complete draft round of the country, submitted by its focal point. */
async function submitted(iso2: string) {
  const focal = await makeUser({ memberOf: { iso2, role: "FOCAL_POINT" } });
  const round = await makeOpenRound(iso2);
  const indicators = await getDb().indicator.findMany({ where: { frameworkVersion: { status: "PUBLISHED" } }, select: { id: true }, orderBy: { code: "asc" } });
  await getDb().answer.createMany({ data: indicators.map((i) => ({ roundId: round.id, indicatorId: i.id, kind: "LEVEL" as const, level: 2 })) });
  await submitRound(focal, round.id, { version: round.version });
  return { focal, round, indicators };
}

const kinds = async (actor: Parameters<typeof listNotifications>[0]) => (await listNotifications(actor)).map((n) => n.kind);

describe("notifications", () => {
  it("tell a country's officers of a submission and its team of the review's outcome, and nobody else", async () => {
    const officer = await makeUser({ officerOfCountry: "MN" });
    const elsewhere = await makeUser({ officerOfCountry: "BT" });
    const respondent = await makeUser({ memberOf: { iso2: "MN", role: "RESPONDENT", pillars: ["INV"] } });
    const otherCountry = await makeUser({ memberOf: { iso2: "BT", role: "FOCAL_POINT" } });
    const { focal, round } = await submitted("MN");

    expect(await kinds(officer)).toEqual(["ROUND_SUBMITTED"]);
    const [item] = await listNotifications(officer);
    expect(item).toMatchObject({ roundId: round.id, href: `/rounds/${round.id}/review`, read: false });
    expect(await kinds(focal)).toEqual([]);
    expect(await kinds(elsewhere)).toEqual([]);

    await startReview(officer, round.id);
    await sendReview(officer, round.id, { outcome: "REQUEST_CHANGES", summary: "See the comments." });
    expect(await kinds(focal)).toEqual(["CHANGES_REQUESTED"]);
    expect(await kinds(respondent)).toEqual(["CHANGES_REQUESTED"]);
    expect(await kinds(otherCountry)).toEqual([]);
    expect(await kinds(elsewhere)).toEqual([]);
    expect(await kinds(officer)).toEqual(["ROUND_SUBMITTED"]);
  });

  it("never carry an internal comment, or any comment's text, to the country", async () => {
    const first = await makeUser({ officerOfCountry: "NP" });
    const second = await makeUser({ officerOfCountry: "NP" });
    const { focal, round, indicators } = await submitted("NP");
    await startReview(first, round.id);
    const internal = await addReviewComment(first, round.id, { indicatorId: indicators[0].id, body: "Internal doubt about the figures", visibility: "INTERNAL" });
    const visible = await addReviewComment(first, round.id, { indicatorId: indicators[1].id, body: "Please add the decree", visibility: "COUNTRY" });
    await sendReview(first, round.id, { outcome: "COMMENT", summary: null });
    expect(await kinds(focal)).toEqual(["REVIEW_SENT"]);

    // A second officer answers the internal thread: the first hears of it; the country does not.
    await replyToComment(second, internal.id, { body: "Agreed, internal" });
    expect(await kinds(first)).toEqual(expect.arrayContaining(["COMMENT_REPLIED"]));
    expect(await kinds(focal)).toEqual(["REVIEW_SENT"]);

    // The country answers the visible thread: its author hears of it, with no text of the comment.
    await replyToComment(focal, visible.id, { body: "Decree attached" });
    const replies = (await listNotifications(first)).filter((n) => n.kind === "COMMENT_REPLIED");
    expect(replies).toHaveLength(2);
    // The first officer answers back: the country's focal point hears of it.
    await replyToComment(first, visible.id, { body: "Thank you" });
    expect(await kinds(focal)).toEqual(["COMMENT_REPLIED", "REVIEW_SENT"]);

    const stored = await getDb().notification.findMany({ where: { roundId: round.id } });
    const text = JSON.stringify(stored);
    for (const body of ["Internal doubt", "Agreed, internal", "Please add the decree", "Decree attached", "Thank you"]) expect(text).not.toContain(body);
    const countryRows = stored.filter((n) => n.userId === focal.userId);
    expect(countryRows.every((n) => (n.data as { commentId?: string }).commentId !== internal.id)).toBe(true);
  });

  it("are marked read only by their own reader", async () => {
    const officer = await makeUser({ officerOfCountry: "LK" });
    const intruder = await makeUser({ officerOfCountry: "LK" });
    await submitted("LK");
    const [mine] = await listNotifications(officer);
    const theirs = (await listNotifications(intruder))[0];
    expect(await markRead(intruder, [mine.id])).toEqual({ updated: 0 });
    expect(await unreadCount(officer)).toBe(1);
    // The header's count comes with the actor, in the same statement.
    expect((await loadActor(officer.userId, 0))?.unreadNotifications).toBe(1);
    expect(await markRead(officer, [mine.id])).toEqual({ updated: 1 });
    expect(await unreadCount(officer)).toBe(0);
    expect((await loadActor(officer.userId, 0))?.unreadNotifications).toBe(0);
    expect(await markRead(intruder, "all")).toEqual({ updated: 1 });
    expect((await listNotifications(intruder)).find((n) => n.id === theirs.id)?.read).toBe(true);
  });
});
