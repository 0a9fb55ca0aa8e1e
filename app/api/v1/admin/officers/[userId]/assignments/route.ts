import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { assignOfficer, unassignOfficer } from "@/lib/officers/service";
import { ZOfficerAssignment } from "@/lib/officers/schemas";

// An officer's portfolio, administrators only (403 for anyone else). Body: { kind, code }.
// POST assigns (idempotent: `changed` says whether anything was new); DELETE removes.
export const POST = withActor<{ userId: string }>(async ({ actor, body, params }) => {
  return assignOfficer(actor, params.userId, parseInput(ZOfficerAssignment, body));
});

// DELETE carries its body (which assignment): JSON like the POST.
export const DELETE = withActor<{ userId: string }>(
  async ({ actor, body, params }) => unassignOfficer(actor, params.userId, parseInput(ZOfficerAssignment, body)),
  { body: "json" },
);
