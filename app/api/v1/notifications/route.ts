import { withActor } from "@/lib/api/handler";
import { listNotifications, unreadCount } from "@/lib/notifications/service";

// GET: the signed-in person's latest notifications (newest first) and their unread count.
export const GET = withActor<Record<string, never>>(async ({ actor }) => {
  const [items, unread] = await Promise.all([listNotifications(actor), unreadCount(actor)]);
  return { unread, items: items.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })) };
});
