import { withActorResponse } from "@/lib/api/handler";
import { CONTENT_TYPES, exportHeaders } from "@/lib/export/filename";
import { parseQuery, ZLangQuery } from "@/lib/api/query";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { downloadWorkbook } from "@/lib/workbook/service";

// GET /api/v1/rounds/<id>/workbook?lang=xx: the round's offline questionnaire (XLSX), for the
// country's team while the round is editable (a respondent's holds their pillars only).
export const GET = withActorResponse<{ roundId: string }>(async ({ actor, params, request }) => {
  const { lang } = parseQuery(ZLangQuery, new URL(request.url).searchParams);
  const { fileName, bytes } = await downloadWorkbook(actor, params.roundId, lang ?? actor.locale ?? DEFAULT_LOCALE);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: exportHeaders(fileName, CONTENT_TYPES.xlsx) });
});
