import { z } from "zod";
import { plainText } from "../../validation/text";

// The users list's query string (?q=…&page=…), parsed on the server: a page number beyond the bound
// is refused rather than turned into a huge OFFSET.
export const USERS_MAX_PAGE = 400;

export const ZUserListQuery = z.object({
  q: z.string().trim().max(200).check(plainText()).default(""),
  page: z.coerce.number().int().min(1).max(USERS_MAX_PAGE).default(1),
});
export type TUserListQuery = z.input<typeof ZUserListQuery>;
