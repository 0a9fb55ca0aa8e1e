// Which sentence explains a round's status to the person reading it. One function for the round
// page, the questionnaire's note and the home page, so that a validated round never says
// "submitted" and an officer is never told what the country team may do as if they were in it.
import type { RoundStatus } from "../generated/prisma/enums";
import { canOnCountry, type Actor } from "../authz";
import { isEditable } from "./lifecycle";

/** The reader's relation to the round's country. */
export type Reader = "focalPoint" | "respondent" | "officer" | "admin";

export interface StatusMessageInput {
  status: RoundStatus;
  reader: Reader;
  /** An archived round the focal point cancelled (it has a reason). */
  cancelled: boolean;
  /** The round page speaks of the round; a pillar page of one pillar (respondents may not answer it). */
  place: "round" | "pillar";
  /** On a pillar page: whether the reader may change this pillar's answers now. */
  canEditPillar?: boolean;
}

/**
 * The message key (under `roundStatus`) for the round's status as this reader sees it, or null when
 * nothing needs saying (a pillar the reader is answering: the questionnaire speaks for itself).
 */
export function statusMessageKey({ status, reader, cancelled, place, canEditPillar = false }: StatusMessageInput): string | null {
  const inTeam = reader === "focalPoint" || reader === "respondent";
  if (place === "pillar" && isEditable(status) && inTeam) {
    if (canEditPillar) return null;
    return reader === "respondent" ? "pillarNotAssigned" : "draft.focalPoint";
  }
  if (status === "ARCHIVED") return cancelled ? "cancelled" : "archived";
  const who = inTeam ? "country" : reader;
  switch (status) {
    case "DRAFT":
      return inTeam ? `draft.${reader}` : "draft.reviewer";
    case "CHANGES_REQUESTED":
      return inTeam ? `changesRequested.${reader}` : "changesRequested.reviewer";
    case "SUBMITTED":
      return reader === "respondent" ? "submitted.respondent" : `submitted.${who}`;
    case "IN_REVIEW":
      return `inReview.${who}`;
    case "VALIDATED":
      return inTeam ? "validated.country" : "validated.reviewer";
    default:
      return null;
  }
}

/**
 * The reader's relation to a country: their team role first (an administrator who is also in a
 * team reads as the team), then an officer assignment (the rule of lib/authz.ts, asked without the
 * administrator flag), else administrator.
 */
export function readerOf(actor: Actor, country: { id: string; programmeRegionId: string | null }): Reader {
  const membership = actor.memberships.find((m) => m.countryId === country.id);
  if (membership) return membership.role === "FOCAL_POINT" ? "focalPoint" : "respondent";
  if (canOnCountry({ ...actor, isAdmin: false }, "round.review", country)) return "officer";
  return "admin";
}
