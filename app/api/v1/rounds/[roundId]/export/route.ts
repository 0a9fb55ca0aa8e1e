import { withActorResponse } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { pageLocale } from "@/lib/pages";
import { renderRoundDocx, renderRoundPdf } from "@/lib/report/render";

// GET /api/v1/rounds/<id>/export?format=pdf|docx&lang=xx: the round's gap report as a document,
// authorized like its dashboard (the country's team, its officers, administrators; 403 otherwise,
// 404 for an unknown round), in `lang` (one of the six), else the reader's language.
export const runtime = "nodejs";

const RENDERERS = { pdf: renderRoundPdf, docx: renderRoundDocx } as const;

export const GET = withActorResponse<{ roundId: string }>(async ({ actor, params, request }) => {
  const query = new URL(request.url).searchParams;
  const format = query.get("format");
  const asked = query.get("lang");
  if (format !== "pdf" && format !== "docx") throw new AppError("INVALID_INPUT", "format", { fields: { format: "invalid" } });
  const lang = isLocale(asked) ? asked : (actor.locale ?? (await pageLocale()));
  const out = await RENDERERS[format](actor, params.roundId, lang);
  return new Response(out.body as BodyInit, {
    headers: {
      "content-type": out.contentType,
      "content-disposition": `attachment; filename="${out.filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
