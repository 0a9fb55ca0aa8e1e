// Sign-in throttling. Counters live in PostgreSQL (table rate_limits) so that every app instance
// sees the same counts. Failed attempts are counted per account and per client address; a
// successful sign-in clears the account's counter.
//
// Per-address limit is higher than per-account: a whole ministry often reaches us through one NAT
// address, and one official mistyping must not lock out colleagues.
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getPool } from "../db";
import { env } from "../env";
import { AppError } from "../errors";

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

// ---------------------------------------------------------------------------------------------
// Personal API tokens: API_TOKEN_RATE_LIMIT requests per minute and token, counted in the same
// table, so every instance shares one count per token. Only verified tokens are counted (the key is
// the token's id): an unknown token costs one indexed look-up and is refused (401) before this.
// ---------------------------------------------------------------------------------------------

const globalForTokens = globalThis as unknown as { cybercapTokenLimiters?: Map<number, RateLimiterPostgres> };

function tokenLimiter(points: number): RateLimiterPostgres {
  // One limiter per limit: tests lower it through the environment; an instance has one.
  const limiters = (globalForTokens.cybercapTokenLimiters ??= new Map());
  let limiter = limiters.get(points);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: getPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: "api-token",
      points,
      duration: 60,
    });
    limiters.set(points, limiter);
  }
  return limiter;
}

/** Counts one request of this token; over the limit, a RATE_LIMITED error saying when to retry. */
export async function consumeApiTokenRequest(tokenId: string): Promise<void> {
  try {
    await tokenLimiter(env().API_TOKEN_RATE_LIMIT).consume(tokenId);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw new AppError("RATE_LIMITED", "api token rate limit", { details: { retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) } });
    }
    throw error; // the database: a 500 or 503 like any other query, never a silent pass
  }
}
