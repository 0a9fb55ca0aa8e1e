// The service catalogue's plain values, free of zod: the form imports these statically, and its
// schema only through lazyZodResolver (lib/forms/lazy-resolver.ts).
import type { DeliveryMode, ServiceArea } from "../generated/prisma/enums";
import { LOCALES } from "../i18n/config";

export const SERVICE_AREAS = [
  "CYBER_INVESTIGATIONS",
  "OCSEA",
  "DIGITAL_FORENSICS",
  "DIGITAL_EVIDENCE",
  "VIRTUAL_ASSETS",
  "PREVENTION_AWARENESS",
] as const satisfies readonly ServiceArea[];

export const DELIVERY_MODES = ["CAPACITY_BUILDING", "COOPERATION", "NORMATIVE_ASSISTANCE"] as const satisfies readonly DeliveryMode[];

/** Every service is named and described in all six languages: no language falls back to English. */
export const SERVICE_LOCALES = LOCALES;

export const SERVICE_CODE_MAX = 32;
export const SERVICE_NAME_MAX = 200;
export const SERVICE_DESCRIPTION_MAX = 2000;
/** More than the framework has indicators: a bound on the request, not a rule of the catalogue. */
export const SERVICE_INDICATORS_MAX = 200;

/** Upper-case letters, digits and single dashes between them ("CI-CB"): codes appear in URLs and reports. */
export const SERVICE_CODE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
