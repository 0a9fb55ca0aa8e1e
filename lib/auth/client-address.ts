import { env } from "../env";

type Headers = Record<string, string | string[] | undefined> | undefined;

/**
 * Set on every request by scripts/peer-address.cjs (preloaded before Next) to the address of the
 * socket: the one address a client cannot choose. Must match the name in that file.
 */
export const PEER_ADDRESS_HEADER = "x-cybercap-peer-address";
const PRELOAD_MARKER = Symbol.for("cybercap.peerAddressHeader");

export interface ProxyTrust {
  /** TRUST_PROXY: requests arrive through our own reverse proxies, which append to X-Forwarded-For. */
  trustProxy: boolean;
  /** TRUST_PROXY_HOPS: how many proxies, counted from our socket, are ours. */
  trustedHops: number;
}

function proxyTrustFromEnv(): ProxyTrust {
  const e = env();
  return { trustProxy: e.TRUST_PROXY ?? false, trustedHops: e.TRUST_PROXY_HOPS };
}

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[value.length - 1] : value)?.trim() ?? "";
}

function forwardedHops(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
}

/** IPv4 clients of a dual-stack socket show as ::ffff:a.b.c.d; one client, one key. */
function normalise(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/**
 * The client's address, for throttling. By default the socket's peer (a client can write any
 * X-Forwarded-For it likes, and Next passes a client-sent one through untouched). Behind our own
 * proxies (TRUST_PROXY), the right-most address that none of them vouches for: the chain is the
 * X-Forwarded-For hops followed by the socket's peer, the last `trustedHops` entries are our
 * proxies, and the client is the entry just left of them (clamped to the left-most one).
 */
export function clientAddress(headers: Headers, trust: ProxyTrust = proxyTrustFromEnv()): string {
  const peer = single(headers?.[PEER_ADDRESS_HEADER]);
  const forwarded = forwardedHops(headers?.["x-forwarded-for"]);
  // Started without the preload (instrumentation.ts logs it): the best left is the last hop.
  if (!peer) return normalise(forwarded.at(-1) ?? "unknown");
  if (!trust.trustProxy) return normalise(peer);
  const chain = [...forwarded, peer];
  return normalise(chain[Math.max(0, chain.length - 1 - trust.trustedHops)]);
}

/** True when scripts/peer-address.cjs was preloaded into this process. */
export function isPeerAddressPreloaded(): boolean {
  return (globalThis as Record<symbol, unknown>)[PRELOAD_MARKER] === PEER_ADDRESS_HEADER;
}
