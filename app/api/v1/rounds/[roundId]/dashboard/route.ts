import { withActor } from "@/lib/api/handler";
import { dashboardJson } from "@/lib/dashboard/json";
import { getRoundDashboard } from "@/lib/dashboard/service";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";

// GET /api/v1/rounds/<id>/dashboard: the figures of the round's dashboard (scores, gaps, benchmark,
// priorities, package, coverage, progress, trend), authorized like the page: the country's team, its
// officers and administrators (403 otherwise, 404 for an unknown round). Names are in `?lang=xx`
// (one of the six), else the reader's preferred language, else English.
export const GET = withActor<{ roundId: string }>(async ({ actor, params, request }) => {
  const asked = new URL(request.url).searchParams.get("lang");
  const lang = isLocale(asked) ? asked : (actor.locale ?? DEFAULT_LOCALE);
  return dashboardJson(await getRoundDashboard(actor, params.roundId), lang);
}, { etag: true });
