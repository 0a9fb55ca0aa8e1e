// Runs once when a server instance starts. In containers (MIGRATE_ON_START=true) it prepares the
// database before the first request (lib/db/prepare-on-start.ts: migrations and seed under the
// migration lock, exit on failure). `npm start` does the same work in scripts/start.ts before it
// starts the server, so it leaves MIGRATE_ON_START unset.
export async function register(): Promise<void> {
  // The documented shape: the Node.js-only module is imported inside this branch alone, so the
  // edge bundle of this file never sees it.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // The client-address preload (scripts/peer-address.cjs) must be loaded: say so loudly if not.
    (await import("./lib/auth/peer-address-check")).checkPeerAddressPreload();
    const { prepareOnStart } = await import("./lib/db/prepare-on-start");
    await prepareOnStart();
  }
}
