import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RoundStatus } from "../generated/prisma/enums";
import type { Actor } from "../authz";
import { readerOf, statusMessageKey, type Reader } from "./status-message";

const READERS: Reader[] = ["focalPoint", "respondent", "officer", "admin"];
const STATUSES: RoundStatus[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "VALIDATED", "ARCHIVED"];
const onRound = (status: RoundStatus, reader: Reader, cancelled = false) => statusMessageKey({ status, reader, cancelled, place: "round" });

describe("statusMessageKey", () => {
  it("never tells a validated or archived round's reader that it is submitted", () => {
    for (const reader of READERS) {
      expect(onRound("VALIDATED", reader)).toMatch(/^validated\./);
      expect(onRound("ARCHIVED", reader)).toBe("archived");
      expect(onRound("ARCHIVED", reader, true)).toBe("cancelled");
    }
  });

  it("speaks to officers and administrators as reviewers, not as the country team", () => {
    for (const status of STATUSES) {
      for (const reader of ["officer", "admin"] as const) {
        const key = onRound(status, reader);
        expect(key).not.toMatch(/country|focalPoint|respondent/);
      }
    }
    expect(onRound("SUBMITTED", "officer")).toBe("submitted.officer");
    expect(onRound("DRAFT", "admin")).toBe("draft.reviewer");
  });

  it("tells a respondent on a submitted round who can change it now, and the country what to do on changes requested", () => {
    expect(onRound("SUBMITTED", "respondent")).toBe("submitted.respondent");
    expect(onRound("SUBMITTED", "focalPoint")).toBe("submitted.country");
    expect(onRound("CHANGES_REQUESTED", "focalPoint")).toBe("changesRequested.focalPoint");
    expect(onRound("CHANGES_REQUESTED", "respondent")).toBe("changesRequested.respondent");
    expect(onRound("IN_REVIEW", "respondent")).toBe("inReview.country");
  });

  it("on a pillar page, says nothing to whoever answers it and explains to a respondent it is not theirs", () => {
    expect(statusMessageKey({ status: "DRAFT", reader: "respondent", cancelled: false, place: "pillar", canEditPillar: true })).toBeNull();
    expect(statusMessageKey({ status: "CHANGES_REQUESTED", reader: "focalPoint", cancelled: false, place: "pillar", canEditPillar: true })).toBeNull();
    expect(statusMessageKey({ status: "DRAFT", reader: "respondent", cancelled: false, place: "pillar", canEditPillar: false })).toBe("pillarNotAssigned");
    expect(statusMessageKey({ status: "DRAFT", reader: "officer", cancelled: false, place: "pillar" })).toBe("draft.reviewer");
    expect(statusMessageKey({ status: "VALIDATED", reader: "respondent", cancelled: false, place: "pillar" })).toBe("validated.country");
  });

  it("has a message in the catalogue for every status, reader and place", () => {
    const catalogue = JSON.parse(readFileSync(path.join(process.cwd(), "messages", "en.json"), "utf8")) as { roundStatus: Record<string, unknown> };
    const lookup = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue.roundStatus);
    for (const status of STATUSES) {
      for (const reader of READERS) {
        expect(onRound(status, reader)).toBeTruthy();
        for (const cancelled of [false, true]) {
          for (const place of ["round", "pillar"] as const) {
            for (const canEditPillar of [false, true]) {
              const key = statusMessageKey({ status, reader, cancelled, place, canEditPillar });
              if (key !== null) expect(typeof lookup(key), key).toBe("string");
            }
          }
        }
      }
    }
  });
});

describe("readerOf", () => {
  const base: Actor = { userId: "u", email: "e", name: "n", isAdmin: false, locale: null, memberships: [], officerRegionIds: [], officerCountryIds: [] };
  const country = { id: "c1", programmeRegionId: "r1" };

  it("reads team role first, then officer assignment, then administrator", () => {
    expect(readerOf({ ...base, memberships: [{ countryId: "c1", countryIso2: "KE", role: "RESPONDENT", assignedPillarCodes: [] }] }, country)).toBe("respondent");
    expect(readerOf({ ...base, isAdmin: true, memberships: [{ countryId: "c1", countryIso2: "KE", role: "FOCAL_POINT", assignedPillarCodes: [] }] }, country)).toBe("focalPoint");
    expect(readerOf({ ...base, officerRegionIds: ["r1"] }, country)).toBe("officer");
    expect(readerOf({ ...base, isAdmin: true, officerRegionIds: ["r2"] }, country)).toBe("admin");
  });
});
