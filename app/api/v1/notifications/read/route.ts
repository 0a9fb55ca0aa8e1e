import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { ZMarkRead } from "@/lib/notifications/schemas";
import { markRead } from "@/lib/notifications/service";

// POST {ids: [uuid...] | "all"}: marks the caller's own notifications read (others' are untouched).
export const POST = withActor<Record<string, never>>(async ({ actor, body }) => markRead(actor, parseInput(ZMarkRead, body).ids));
