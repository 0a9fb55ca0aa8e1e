import { env } from "../env";
import { logger } from "../logger";
import { isPeerAddressPreloaded } from "./client-address";

/**
 * At server start (instrumentation.ts): without scripts/peer-address.cjs, sign-in throttling can
 * only key on X-Forwarded-For, which clients write themselves. Said once, loudly, at start.
 */
export function checkPeerAddressPreload(): void {
  if (isPeerAddressPreloaded()) return;
  const message =
    "scripts/peer-address.cjs is not preloaded (start the server with `node --require ./peer-address.cjs server.js` or `npm start`): " +
    "sign-in throttling cannot see the client's real address";
  if (env().NODE_ENV === "production") logger.error({ event: "security.peer_address_missing" }, message);
  else logger.warn({ event: "security.peer_address_missing" }, message);
}
