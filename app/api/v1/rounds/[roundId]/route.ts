import { withActor } from "@/lib/api/handler";
import { getRoundWithAnswers } from "@/lib/rounds/service";

// GET /api/v1/rounds/<id>: the round, its answers (with their versions, for writes) and its
// evidence's metadata, authorized like the round page: 403 for a country the reader may not see,
// 404 for an unknown round. Shape in docs/api.md. Conditional: ETag / If-None-Match.
export const GET = withActor<{ roundId: string }>(async ({ actor, params }) => getRoundWithAnswers(actor, params.roundId), { etag: true });
