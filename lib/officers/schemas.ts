import { enum as zEnum, maxLength, object, regex, string, trim, type output } from "zod/mini";
import { plainText } from "../validation/text";

// Shared by the officer pages and the route handler. Messages are keys under `officers.validation.`.

/** One line of an officer's portfolio: a programme region (by code) or a country (by ISO alpha-2). */
export const ZOfficerAssignment = object({
  kind: zEnum(["region", "country"]),
  code: string().check(trim(), regex(/^[A-Za-z]{2,8}$/, { error: "required" })),
});
export type TOfficerAssignment = output<typeof ZOfficerAssignment>;

/** The search for a person to make an officer, on /admin/officers (`?user=`): name or email. */
export const ZUserSearch = string().check(trim(), maxLength(200, { error: "tooLong" }), plainText());
