// A new personal API token, shared by the account page's form (react-hook-form resolver) and the
// route POST /api/v1/tokens. Messages are catalogue keys under `account.validation.`.
import { enum as zEnum, int, maximum, maxLength, minimum, minLength, number, object, string, trim, type output } from "zod/mini";
import { plainText } from "../validation/text";
import { API_TOKEN_MAX_DAYS, API_TOKEN_NAME_MAX, API_TOKEN_SCOPES } from "./fields";

export { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS, API_TOKEN_NAME_MAX, API_TOKEN_SCOPES } from "./fields";

export const ZCreateApiToken = object({
  name: string({ error: "required" }).check(plainText(), trim(), minLength(1, { error: "required" }), maxLength(API_TOKEN_NAME_MAX, { error: "tooLong" })),
  scope: zEnum(API_TOKEN_SCOPES, { error: "tokenScope" }),
  // A token that never expires is not offered: a forgotten one would work for ever.
  expiresInDays: number({ error: "tokenExpiry" }).check(
    int({ error: "tokenExpiry" }),
    minimum(1, { error: "tokenExpiry" }),
    maximum(API_TOKEN_MAX_DAYS, { error: "tokenExpiry" }),
  ),
});
export type TCreateApiToken = output<typeof ZCreateApiToken>;
