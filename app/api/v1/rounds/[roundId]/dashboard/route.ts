import { withActor } from "@/lib/api/handler";
import { dashboardJson } from "@/lib/dashboard/json";
import { getRoundDashboard } from "@/lib/dashboard/service";

// GET /api/v1/rounds/<id>/dashboard: the figures of the round's dashboard (scores, gaps, benchmark,
// priorities, package, coverage, progress, trend), authorized like the page: the country's team, its
// officers and administrators (403 otherwise, 404 for an unknown round).
export const GET = withActor<{ roundId: string }>(async ({ actor, params }) => dashboardJson(await getRoundDashboard(actor, params.roundId)));
