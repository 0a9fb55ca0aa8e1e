// Demo mode seeds accounts whose password is printed in the README and on the sign-in page. That
// is the point on the embedded database of `npm install && npm start`, and a hazard on a database
// of one's own: pointing a demo start at a production DATABASE_URL would open it to anyone. So demo
// mode on an external database is refused unless it is asked for explicitly.

export interface DemoDatabaseChoice {
  /** Demo mode is on (DEMO_MODE, or its default with the embedded database). */
  demo: boolean;
  /** The database is the embedded one that `npm start` runs in its data folder. */
  embedded: boolean;
  /** DEMO_MODE_ALLOW_EXTERNAL_DB: the external database is a throwaway one (tests, trials). */
  allowExternal: boolean;
}

export const DEMO_EXTERNAL_DB_REFUSAL =
  "DEMO_MODE=true with an external database (DATABASE_URL): demo mode creates accounts whose password " +
  "is public, so it is refused on a database of your own. Set DEMO_MODE=false (or leave it unset), or set " +
  "DEMO_MODE_ALLOW_EXTERNAL_DB=true if this database is a throwaway one.";

/** The reason to refuse this start, or undefined when it may go on. */
export function demoModeRefusal(choice: DemoDatabaseChoice): string | undefined {
  if (!choice.demo || choice.embedded || choice.allowExternal) return undefined;
  return DEMO_EXTERNAL_DB_REFUSAL;
}

export function assertDemoModeAllowed(choice: DemoDatabaseChoice): void {
  const refusal = demoModeRefusal(choice);
  if (refusal) throw new Error(refusal);
}
