import { withActorResponse } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { CONTENT_TYPES, exportHeaders } from "@/lib/export/filename";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { downloadWorkbook } from "@/lib/workbook/service";

// GET /api/v1/rounds/<id>/workbook?lang=xx: the round's offline questionnaire (XLSX), for the
// country's team while the round is editable (a respondent's holds their pillars only).
export const GET = withActorResponse<{ roundId: string }>(async ({ actor, params, request }) => {
  const asked = new URL(request.url).searchParams.get("lang");
  if (asked !== null && !isLocale(asked)) throw new AppError("INVALID_QUERY", "lang", { fields: { lang: "invalid" } });
  const { fileName, bytes } = await downloadWorkbook(actor, params.roundId, isLocale(asked) ? asked : (actor.locale ?? DEFAULT_LOCALE));
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: exportHeaders(fileName, CONTENT_TYPES.xlsx) });
});
