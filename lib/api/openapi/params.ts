// Path parameters of the API, as the OpenAPI document describes them. The routes receive them as
// strings from Next; the services check them (an id that is not a UUID cannot name a row: 404).
import { z } from "zod";

const uuid = (description: string) => z.uuid().describe(description);

export const ZRoundParams = z.object({ roundId: uuid("The round's id.") });
export const ZRoundIndicatorParams = z.object({
  roundId: uuid("The round's id."),
  indicatorId: uuid("The indicator's id (GET /api/v1/rounds/{roundId} lists them with their codes)."),
});
export const ZCommentParams = z.object({ commentId: uuid("The id of the thread's first comment.") });
export const ZTokenParams = z.object({ tokenId: uuid("The token's id (not the token itself).") });
export const ZEvidenceParams = z.object({ evidenceId: uuid("The evidence item's id.") });
export const ZUserParams = z.object({ userId: uuid("The officer's user id.") });
// Case-insensitive: the service upper-cases it (`ke` is Kenya too).
export const ZCountryParams = z.object({ iso2: z.string().regex(/^[A-Za-z]{2}$/).describe("The country's ISO 3166-1 alpha-2 code.") });
export const ZFrameworkVersionParams = z.object({ versionId: uuid("The framework version's id (GET /api/v1/frameworks lists them).") });
export const ZServiceParams = z.object({ code: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/).describe("The service's code, e.g. CB-LEG-DRAFT.") });
