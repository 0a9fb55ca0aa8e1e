import { z } from "zod";

/** Marking notifications read: some of one's own (at most a page of them), or all. */
export const ZMarkRead = z.object({ ids: z.union([z.literal("all"), z.array(z.string().uuid("invalid")).min(1).max(100)]) });
export type TMarkRead = z.infer<typeof ZMarkRead>;
