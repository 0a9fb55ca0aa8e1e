import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { env, requireDatabaseUrl } from "./env";

// One pg pool and one Prisma client per process, shared by Prisma and by the few modules that speak
// SQL directly (throttling). In development Next reloads modules, so they are kept on globalThis.
// This is a connection cache, not application state: two instances never need to agree on it.
const globalForDb = globalThis as unknown as { cybercapPool?: pg.Pool; cybercapPrisma?: PrismaClient; cybercapReadPool?: pg.Pool; cybercapReadPrisma?: PrismaClient };

export function getPool(): pg.Pool {
  globalForDb.cybercapPool ??= new pg.Pool({ connectionString: requireDatabaseUrl(), max: env().DATABASE_POOL_SIZE });
  return globalForDb.cybercapPool;
}

/** A client with its own pool, for scripts and tests that manage its lifetime. */
export function createPrismaClient(connectionString = requireDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 5 }) });
}

export function getDb(): PrismaClient {
  globalForDb.cybercapPrisma ??= new PrismaClient({ adapter: new PrismaPg(getPool()) });
  return globalForDb.cybercapPrisma;
}

/**
 * The client for heavy reads (dashboard, portfolio): DATABASE_REPLICA_URL when set, else the primary
 * (the same client as getDb). Never write through it.
 */
export function getReadDb(): PrismaClient {
  const pool = getReadPool();
  if (pool === getPool()) return getDb();
  globalForDb.cybercapReadPrisma ??= new PrismaClient({ adapter: new PrismaPg(pool) });
  return globalForDb.cybercapReadPrisma;
}

/** The pg pool for heavy reads: DATABASE_REPLICA_URL's when set, else the primary's (getPool). Never write through it. */
export function getReadPool(): pg.Pool {
  const replica = env().DATABASE_REPLICA_URL;
  if (!replica || replica === requireDatabaseUrl()) return getPool();
  globalForDb.cybercapReadPool ??= new pg.Pool({ connectionString: replica, max: env().DATABASE_POOL_SIZE });
  return globalForDb.cybercapReadPool;
}

/** Whether heavy reads go to a replica (read by the replica test). */
export function usesReadReplica(): boolean {
  const replica = env().DATABASE_REPLICA_URL;
  return Boolean(replica) && replica !== requireDatabaseUrl();
}

export type Db = PrismaClient;
