// Bulk loads of throwaway databases (npm run seed:large, the bench's data sets) write rounds at their
// final stage and then their answers. A validated round's answers are locked by triggers (migration
// 20261201220000_validated_rounds_locked); these lift the lock inside the loading transaction only
// (ALTER TABLE is transactional: a rollback restores it too). Never used on an application database.
// The pillar scores of validated rounds are kept by triggers that assume those locks (migration
// 20261201230000_round_pillar_scores): a load that lifted them recomputes every round's before it
// puts the locks back.
import type pg from "pg";

const LOCKS = [
  ["answers", "answers_locked_when_validated"],
  ["evidence_items", "evidence_locked_when_validated"],
] as const;

export async function withValidatedLocksLifted<T>(client: pg.ClientBase, load: () => Promise<T>): Promise<T> {
  for (const [table, trigger] of LOCKS) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  const result = await load();
  await client.query(`SELECT "cybercap_refresh_round_pillar_scores"(NULL)`);
  for (const [table, trigger] of LOCKS) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
  return result;
}
