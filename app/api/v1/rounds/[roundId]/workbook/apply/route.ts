import { withActor } from "@/lib/api/handler";
import { readWorkbookUpload } from "@/lib/workbook/request";
import { applyWorkbook } from "@/lib/workbook/service";

// POST /api/v1/rounds/<id>/workbook/apply (body: the same XLSX as the preview): saves its valid
// changes through the web form's save, each based on the version the workbook was exported at;
// conflicts, errors and other respondents' pillars are left alone and reported.
export const POST = withActor<{ roundId: string }>(async ({ actor, params, request }) => applyWorkbook(actor, params.roundId, await readWorkbookUpload(request)), { body: "raw" });
