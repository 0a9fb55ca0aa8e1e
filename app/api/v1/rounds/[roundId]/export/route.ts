import { withActorResponse } from "@/lib/api/handler";
import { env } from "@/lib/env";
import { exportRound } from "@/lib/export/formats";
import { exportHeaders } from "@/lib/export/filename";
import { parseExportQuery, ZRoundExportQuery } from "@/lib/export/query";

// GET /api/v1/rounds/<id>/export?format=xlsx|csv|json|pdf|docx&lang=xx: a round's answers, the review
// comments the country sees and the pillar scores, as a download. Authorized like the round's
// dashboard (the country's team, its officers, administrators): 403 otherwise, 404 for an unknown
// round, 400 for a format or language it cannot read (or a format not offered yet). The formats and
// their writers are in lib/export/formats.ts.
// The gap report (pdf, docx) drives Chromium through playwright-core: Node, not the edge.
export const runtime = "nodejs";

export const GET = withActorResponse<{ roundId: string }>(async ({ actor, params, request }) => {
  const { format, lang } = parseExportQuery(new URL(request.url).searchParams, ZRoundExportQuery, actor.locale);
  const baseUrl = env().NEXTAUTH_URL ?? new URL(request.url).origin;
  const file = await exportRound(format, { actor, roundId: params.roundId, lang, baseUrl });
  return new Response(file.body, { headers: exportHeaders(file.fileName, file.contentType) });
});
