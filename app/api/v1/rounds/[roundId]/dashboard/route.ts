import { withActor } from "@/lib/api/handler";
import { dashboardJson } from "@/lib/dashboard/json";
import { getRoundDashboard } from "@/lib/dashboard/service";
import { queryValues, ZLangQuery } from "@/lib/api/query";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";

// GET /api/v1/rounds/<id>/dashboard: the figures of the round's dashboard (scores, gaps, benchmark,
// priorities, package, coverage, progress, trend), authorized like the page: the country's team, its
// officers and administrators (403 otherwise, 404 for an unknown round). Names are in `?lang=xx`
// (one of the six), else the reader's preferred language, else English: an unknown `lang` falls back
// too (the dashboard is read, not refused).
export const GET = withActor<{ roundId: string }>(async ({ actor, params, request }) => {
  const asked = ZLangQuery.safeParse(queryValues(new URL(request.url).searchParams, ZLangQuery));
  const lang = (asked.success ? asked.data.lang : undefined) ?? actor.locale ?? DEFAULT_LOCALE;
  return dashboardJson(await getRoundDashboard(actor, params.roundId), lang);
}, { etag: true });
