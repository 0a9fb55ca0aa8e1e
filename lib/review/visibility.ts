// Who reads an officer's indicator decision (verdict, validated level) and from when: the one rule,
// for the review itself (lib/review/service.ts) and for the figures built on it (the dashboard).

/**
 * Whether a reader sees an indicator decision: reviewers as it is taken, the country's team once the
 * review it belongs to was sent (taken before the latest sending).
 */
export function isDecisionVisible(reviewer: boolean, decidedAt: Date, lastSent: Date | null): boolean {
  return reviewer || (lastSent !== null && decidedAt <= lastSent);
}
