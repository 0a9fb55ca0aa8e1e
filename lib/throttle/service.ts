// Sign-in throttling. Counters live in PostgreSQL (table rate_limits) so that every app instance
// sees the same counts. Failed attempts are counted per account and per client address; a
// successful sign-in clears the account's counter.
//
// Per-address limit is higher than per-account: a whole ministry often reaches us through one NAT
// address, and one official mistyping must not lock out colleagues.
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getPool } from "../db";
import { env } from "../env";

type Limiters = { account: RateLimiterPostgres; address: RateLimiterPostgres };

const globalForThrottle = globalThis as unknown as { cybercapLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForThrottle.cybercapLimiters) {
    const { AUTH_THROTTLE_ACCOUNT_MAX, AUTH_THROTTLE_IP_MAX, AUTH_THROTTLE_WINDOW_SECONDS } = env();
    const common = {
      storeClient: getPool(),
      storeType: "pool",
      tableName: "rate_limits",
      // The table is created by our migrations; the library must not create its own.
      tableCreated: true,
      // No timers in app processes: expired rows are reset when their key comes back, and
      // removed by `npm run maintenance` (lib/maintenance).
      clearExpiredByTimeout: false,
      duration: AUTH_THROTTLE_WINDOW_SECONDS,
    };
    globalForThrottle.cybercapLimiters = {
      account: new RateLimiterPostgres({ ...common, keyPrefix: "signin-account", points: AUTH_THROTTLE_ACCOUNT_MAX }),
      address: new RateLimiterPostgres({ ...common, keyPrefix: "signin-address", points: AUTH_THROTTLE_IP_MAX }),
    };
  }
  return globalForThrottle.cybercapLimiters;
}

export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

/** True when either counter has used up its failures for the current window. */
export async function isSignInBlocked(email: string, address: string): Promise<boolean> {
  const { account, address: byAddress } = limiters();
  const [a, b] = await Promise.all([account.get(accountKey(email)), byAddress.get(address)]);
  return isExhausted(a, env().AUTH_THROTTLE_ACCOUNT_MAX) || isExhausted(b, env().AUTH_THROTTLE_IP_MAX);
}

function isExhausted(res: RateLimiterRes | null, max: number): boolean {
  return res !== null && res.consumedPoints >= max && res.msBeforeNext > 0;
}

export async function recordSignInFailure(email: string, address: string): Promise<void> {
  const { account, address: byAddress } = limiters();
  // consume() rejects once the points are used up; the count is still recorded, which is all we need.
  await Promise.allSettled([account.consume(accountKey(email)), byAddress.consume(address)]);
}

export async function clearSignInFailures(email: string): Promise<void> {
  await limiters().account.delete(accountKey(email));
}
