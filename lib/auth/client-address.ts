import { env } from "../env";

/**
 * The client's address, for throttling. Without a trusted proxy only the last X-Forwarded-For hop
 * (added by our own server) is reliable, since a client can send any header it likes; behind a
 * proxy that we trust (TRUST_PROXY=true) the left-most entry is the client.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined, trustProxy = env().TRUST_PROXY ?? false): string {
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const hops = value
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  if (hops.length === 0) return "unknown";
  return trustProxy ? hops[0] : hops[hops.length - 1];
}
