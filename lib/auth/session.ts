import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "../errors";
import type { Actor } from "../authz";
import { loadActor } from "./actor";
import { authOptions } from "./options";

/** The signed-in actor for this request, or null. Cached per request (React cache). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(userId, session.user.sv);
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
