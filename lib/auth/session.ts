import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "../errors";
import type { Actor } from "../authz";
import { loadActor } from "./actor";
import { decodeSessionToken } from "./token";
import { sessionTokenFrom } from "./cookie-names";
import { env } from "../env";

/** The raw session token: one cookie, or numbered chunks when next-auth had to split a large one. */
async function sessionToken(): Promise<string | null> {
  return sessionTokenFrom((await cookies()).getAll());
}

/**
 * The signed-in actor for this request, or null. Cached per request (React cache).
 * The token is decrypted and checked (integrity, expiry) directly (./token) rather than through
 * getServerSession, which runs next-auth's whole session endpoint on every call: this runs on every
 * request, autosaves included.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const raw = await sessionToken();
  const secret = env().NEXTAUTH_SECRET;
  if (!raw || !secret) return null;
  try {
    const token = await decodeSessionToken(raw, secret);
    if (!token.uid) return null;
    return await loadActor(token.uid, token.sv ?? -1);
  } catch {
    return null; // tampered, expired or signed with another secret
  }
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requirePageActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/** For route handlers and actions: the actor, or an UNAUTHENTICATED error (HTTP 401). */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
