import { withActor, withActorResponse } from "@/lib/api/handler";
import { deleteDraftFrameworkVersion } from "@/lib/frameworks/publish";
import { getFrameworkVersion } from "@/lib/frameworks/service";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";

// GET /api/v1/frameworks/<versionId>: the version with its pillars, indicators, level descriptors,
// Convention article references and the services that address each indicator. Texts are in
// `?lang=xx` (one of the six), else the reader's preferred language, else English. 404 for an
// unknown version (or a draft, to anyone but an administrator).
export const GET = withActor<{ versionId: string }>(async ({ actor, params, request }) => {
  const asked = new URL(request.url).searchParams.get("lang");
  const lang = isLocale(asked) ? asked : (actor.locale ?? DEFAULT_LOCALE);
  return getFrameworkVersion(actor, params.versionId, lang);
});

// DELETE /api/v1/frameworks/<versionId>: an administrator deletes a draft (with its pillars and
// indicators), 204. 409 CONFLICT for a published or retired version: those stay.
export const DELETE = withActorResponse<{ versionId: string }>(async ({ actor, params }) => {
  await deleteDraftFrameworkVersion(actor, params.versionId);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
