import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { moveCountryRegion } from "@/lib/countries/service";
import { ZMoveCountryRegion } from "@/lib/countries/schemas";

// PUT { programmeRegion: "EUR" | null }: an administrator moves the country (403 for anyone else).
export const PUT = withActor<{ iso2: string }>(async ({ actor, body, params }) => {
  return moveCountryRegion(actor, params.iso2, parseInput(ZMoveCountryRegion, body));
});
