// Bulk loads of throwaway databases (npm run seed:large, the bench's data sets) write rounds at their
// final stage and then their answers. A validated round's answers are locked by triggers (migration
// 20261201220000_validated_rounds_locked); these lift the lock inside the loading transaction only
// (ALTER TABLE is transactional: a rollback restores it too). Never used on an application database.
// The pillar scores of validated rounds are kept by triggers that assume those locks (migration
// 20261201230000_round_pillar_scores): a load that lifted them recomputes every round's before it
// puts the locks back. The figures the portfolio reads of every round (migration 20261203090000) are
// kept by triggers that fire once per changed row at commit: a load switches those off too and
// computes every round's figures once at the end.
import type pg from "pg";

const LOCKS = [
  ["answers", "answers_locked_when_validated"],
  ["evidence_items", "evidence_locked_when_validated"],
] as const;

const FIGURE_TRIGGERS = [
  ["answers", "answers_figures_insert"],
  ["answers", "answers_figures_update"],
  ["answers", "answers_figures_delete"],
  ["round_targets", "round_targets_figures"],
] as const;

export async function withValidatedLocksLifted<T>(client: pg.ClientBase, load: () => Promise<T>): Promise<T> {
  // ALTER TABLE refuses a table with trigger events still pending: the figures of what this
  // transaction wrote before are computed now (the figure triggers are the deferred ones).
  const figureTriggers = FIGURE_TRIGGERS.map(([, trigger]) => trigger).join(", ");
  await client.query(`SET CONSTRAINTS ${figureTriggers} IMMEDIATE`);
  for (const [table, trigger] of [...LOCKS, ...FIGURE_TRIGGERS]) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  const result = await load();
  await client.query(`SELECT "cybercap_refresh_round_pillar_scores"(NULL)`);
  await client.query(`SELECT "cybercap_refresh_round_figures"(NULL)`);
  for (const [table, trigger] of [...LOCKS, ...FIGURE_TRIGGERS]) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
  await client.query(`SET CONSTRAINTS ${figureTriggers} DEFERRED`);
  return result;
}
