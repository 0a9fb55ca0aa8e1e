import { withActor } from "@/lib/api/handler";
import { readWorkbookUpload } from "@/lib/workbook/request";
import { previewWorkbook } from "@/lib/workbook/service";

// POST /api/v1/rounds/<id>/workbook/preview (body: the filled-in XLSX): what applying it would
// change, row by row; nothing is written. A file refused as a whole: 422 WORKBOOK_INVALID with
// details.reason; 413 over 2 MB.
export const POST = withActor<{ roundId: string }>(async ({ actor, params, request }) => previewWorkbook(actor, params.roundId, await readWorkbookUpload(request)), { body: "raw" });
