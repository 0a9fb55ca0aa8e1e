import { NextResponse } from "next/server";
import { withActor, withActorResponse } from "@/lib/api/handler";
import { createService, listServices } from "@/lib/services/service";

// The service catalogue (administrators only, lib/authz.ts canManageServiceCatalogue).
// GET: every service, retired ones flagged (isActive false). POST a ZServiceCreate body
// (lib/services/schemas.ts): the new service, 201. See docs/service-catalogue.md.
export const GET = withActor(async ({ actor }) => ({ services: await listServices(actor) }));

export const POST = withActorResponse(async ({ actor, body }) => {
  const created = await createService(actor, body);
  return NextResponse.json(created, { status: 201, headers: { "cache-control": "no-store" } });
});
