import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { makeOpenRound, makeUser } from "../testing/fixtures";
import { getReviewSheet } from "./sheet";

describe("the review sheet", () => {
  it("gives the round's indicators by pillar with the country's answer and evidence, to those who may see the country", async () => {
    const round = await makeOpenRound("SN", "SUBMITTED");
    const indicators = await getDb().indicator.findMany({
      where: { frameworkVersion: { status: "PUBLISHED" } },
      select: { id: true, code: true, pillar: { select: { code: true } } },
      orderBy: [{ pillar: { position: "asc" } }, { position: "asc" }],
    });
    const [first, second] = indicators;
    const answer = await getDb().answer.create({ data: { roundId: round.id, indicatorId: first.id, kind: "LEVEL", level: 3, justification: "A unit exists." }, select: { id: true } });
    await getDb().evidenceItem.create({ data: { answerId: answer.id, kind: "LINK", title: "Decree", url: "https://www.example.org/decree", createdAt: new Date("2026-01-01T10:00:00Z") } });
    // A file, added before the link: evidence comes oldest first, with the file's name.
    const country = await getDb().country.findUniqueOrThrow({ where: { iso2: "SN" }, select: { id: true } });
    const file = await getDb().storedFile.create({
      data: { countryId: country.id, storageKey: `sheet-test/${answer.id}`, fileName: "unit's mandate.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64) },
    });
    await getDb().evidenceItem.create({ data: { answerId: answer.id, kind: "FILE", fileId: file.id, createdAt: new Date("2026-01-01T09:00:00Z") } });
    await getDb().answer.create({ data: { roundId: round.id, indicatorId: second.id, kind: "NOT_APPLICABLE", notApplicableReason: "No such body." } });

    const officer = await makeUser({ officerOfCountry: "SN" });
    const sheet = await getReviewSheet(officer, round.id);
    expect(sheet).toMatchObject({ round: { id: round.id, status: "SUBMITTED", countryIso2: "SN" }, isAdmin: false, isCountryTeam: false, openReviewerName: null });
    expect(sheet.pillars.flatMap((p) => p.indicators.map((i) => `${p.code}/${i.code}`))).toEqual(indicators.map((i) => `${i.pillar.code}/${i.code}`));
    const all = sheet.pillars.flatMap((p) => p.indicators);
    expect(all[0].answer).toMatchObject({
      kind: "LEVEL",
      level: 3,
      justification: "A unit exists.",
      evidence: [
        { kind: "FILE", title: null, url: null, fileName: "unit's mandate.pdf" },
        { kind: "LINK", title: "Decree", url: "https://www.example.org/decree", fileName: null },
      ],
    });
    expect(all[1].answer).toMatchObject({ kind: "NOT_APPLICABLE", notApplicableReason: "No such body.", evidence: [] });
    expect(all[2].answer).toBeNull();

    await getDb().review.create({ data: { roundId: round.id, officerId: officer.userId } });
    expect((await getReviewSheet(officer, round.id)).openReviewerName).toBe(officer.name);

    const respondent = await makeUser({ memberOf: { iso2: "SN", role: "RESPONDENT", pillars: [] } });
    expect((await getReviewSheet(respondent, round.id)).isCountryTeam).toBe(true);
    for (const outsider of [await makeUser({ memberOf: { iso2: "ML", role: "FOCAL_POINT" } }), await makeUser({ officerOfRegion: "CAM" })]) {
      await expect(getReviewSheet(outsider, round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(getReviewSheet(officer, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
