"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { markRead } from "@/lib/notifications/service";

/** Marks all of the reader's notifications read. A plain form action: works without JavaScript. */
export async function markAllReadAction(): Promise<void> {
  await markRead(await requireActor(), "all");
  // The header's unread count is in the signed-in layout: render it again, not only the page.
  revalidatePath("/", "layout");
  redirect("/notifications?done=1");
}
