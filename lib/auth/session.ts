import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "../errors";
import type { Actor } from "../authz";
import { loadActor } from "./actor";
import { decodeSessionToken } from "./token";
import { env } from "../env";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The raw session token: one cookie, or numbered chunks when next-auth had to split a large one. */
async function sessionToken(): Promise<string | null> {
  const store = await cookies();
  for (const name of SESSION_COOKIES) {
    const whole = store.get(name)?.value;
    if (whole) return whole;
    const chunks = store
      .getAll()
      .filter((c) => c.name.startsWith(`${name}.`))
      .sort((x, y) => Number(x.name.slice(name.length + 1)) - Number(y.name.slice(name.length + 1)));
    if (chunks.length > 0) return chunks.map((c) => c.value).join("");
  }
  return null;
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
