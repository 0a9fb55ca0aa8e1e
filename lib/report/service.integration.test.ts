// The report's data is read with the dashboard's and the review's loaders: authorized like the
// dashboard (403 for another country's team, 404 for an unknown round, before any rendering), and
// of the review it keeps only what the country sees, published, whoever asks.
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { addReviewComment, sendReview, startReview } from "../review/service";
import { makeOpenRound, makeUser } from "../testing/fixtures";
import { renderRoundDocx, renderRoundPdf } from "./render";
import { getRoundReport } from "./service";

describe("the gap report's data", () => {
  it("is refused to another country's focal point (403) and unknown for an unknown round (404)", async () => {
    const round = await makeOpenRound("LU");
    const stranger = await makeUser({ memberOf: { iso2: "NZ", role: "FOCAL_POINT" } });
    await expect(getRoundReport(stranger, round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The renderers authorize first: no browser is started for a refused reader.
    await expect(renderRoundPdf(stranger, round.id, "en")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(renderRoundDocx(stranger, round.id, "ar")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(renderRoundPdf(stranger, "01900000-0000-7000-8000-000000000000", "en")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(renderRoundDocx(stranger, "not-a-round", "en")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const focal = await makeUser({ memberOf: { iso2: "LU", role: "FOCAL_POINT" } });
    const report = await getRoundReport(focal, round.id);
    expect(report.dashboard.round.id).toBe(round.id);
    // Not validated: no review in the report.
    expect(report.review).toBeNull();
  });

  it("carries, once validated, the published comments visible to the country and never internal ones, even for an officer", async () => {
    const round = await makeOpenRound("LU", "SUBMITTED");
    const indicators = await getDb().indicator.findMany({ where: { frameworkVersion: { status: "PUBLISHED" } }, select: { id: true, code: true }, orderBy: { code: "asc" } });
    await getDb().answer.createMany({ data: indicators.map((i) => ({ roundId: round.id, indicatorId: i.id, kind: "LEVEL" as const, level: 2 })) });
    const officer = await makeUser({ officerOfCountry: "LU" });
    await startReview(officer, round.id);
    await addReviewComment(officer, round.id, { indicatorId: indicators[0].id, body: "Keep the decree on file.", visibility: "COUNTRY" });
    await addReviewComment(officer, round.id, { indicatorId: null, body: "Internal: generous levels.", visibility: "INTERNAL" });
    await sendReview(officer, round.id, { outcome: "VALIDATE", summary: "Validated: a sound assessment." });

    for (const reader of [officer, await makeUser({ memberOf: { iso2: "LU", role: "FOCAL_POINT" } })]) {
      const report = await getRoundReport(reader, round.id);
      expect(report.dashboard.round.status).toBe("VALIDATED");
      expect(report.review?.summaries).toMatchObject([{ outcome: "VALIDATE", summary: "Validated: a sound assessment." }]);
      expect(report.review?.comments).toMatchObject([{ indicatorCode: indicators[0].code, body: "Keep the decree on file." }]);
      expect(JSON.stringify(report)).not.toContain("Internal: generous levels.");
    }
  });
});
