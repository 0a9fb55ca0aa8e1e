import type { RoundStatus } from "../generated/prisma/enums";

// The lifecycle of a round (product.md):
// draft -> submitted -> in review -> changes requested -> (back to submitted) -> validated -> archived.
// An administrator may reopen a validated round (back to changes requested), with a reason.

/** Statuses in which the country team may change answers. */
export const EDITABLE_STATUSES: readonly RoundStatus[] = ["DRAFT", "CHANGES_REQUESTED"];
/** Statuses of a round still open (at most one per country). */
export const OPEN_STATUSES: readonly RoundStatus[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"];

const TRANSITIONS: Record<RoundStatus, readonly RoundStatus[]> = {
  DRAFT: ["SUBMITTED"],
  SUBMITTED: ["IN_REVIEW", "CHANGES_REQUESTED", "VALIDATED"],
  IN_REVIEW: ["CHANGES_REQUESTED", "VALIDATED"],
  CHANGES_REQUESTED: ["SUBMITTED"],
  VALIDATED: ["ARCHIVED", "CHANGES_REQUESTED"],
  ARCHIVED: [],
};

export function isEditable(status: RoundStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

export function canTransition(from: RoundStatus, to: RoundStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
