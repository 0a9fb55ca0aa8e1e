import { z } from "zod";
import { plainText } from "../validation/text";
import {
  DELIVERY_MODES,
  SERVICE_AREAS,
  SERVICE_CODE_MAX,
  SERVICE_CODE_PATTERN,
  SERVICE_DESCRIPTION_MAX,
  SERVICE_INDICATORS_MAX,
  SERVICE_NAME_MAX,
} from "./fields";

// The service catalogue's inputs, shared by the administration's form (its resolver) and the
// server (lib/services/service.ts). Messages are keys under admin.services.validation. Whether the
// indicator codes exist in the published framework needs the database: the service checks it.

export const ZServiceCode = z
  .string()
  .trim()
  .min(1, "required")
  .max(SERVICE_CODE_MAX, "codeTooLong")
  .regex(SERVICE_CODE_PATTERN, "codeFormat");

function text(max: number) {
  return z.string("required").trim().min(1, "required").max(max, "tooLong").check(plainText());
}

function localized(max: number) {
  return z.object({ en: text(max), fr: text(max), es: text(max), ru: text(max), zh: text(max), ar: text(max) }, "required");
}

/** What an administrator can change of a service: everything but its code. */
export const ZServiceFields = z.object({
  area: z.enum(SERVICE_AREAS, "areaRequired"),
  mode: z.enum(DELIVERY_MODES, "modeRequired"),
  name: localized(SERVICE_NAME_MAX),
  description: localized(SERVICE_DESCRIPTION_MAX),
  // The format only; existence in the published framework is checked by the service.
  indicatorCodes: z
    .array(z.string().trim().min(1, "indicatorUnknown").max(SERVICE_CODE_MAX, "indicatorUnknown").check(plainText()), "indicatorsRequired")
    .min(1, "indicatorsRequired")
    .max(SERVICE_INDICATORS_MAX, "indicatorsTooMany"),
});
export type TServiceFields = z.infer<typeof ZServiceFields>;

/** A new service: its code is chosen once and never changes (rounds' packages and reports name it). */
export const ZServiceCreate = ZServiceFields.extend({ code: ZServiceCode });
export type TServiceCreate = z.infer<typeof ZServiceCreate>;

/** An edit: the code is the one in the address, not part of the body. */
export const ZServiceUpdate = ZServiceFields;
export type TServiceUpdate = z.infer<typeof ZServiceUpdate>;

// What the JSON API answers (app/api/v1/services/**), for the OpenAPI document.

const ZLocalizedOutput = z.object({ en: z.string(), fr: z.string(), es: z.string(), ru: z.string(), zh: z.string(), ar: z.string() }).partial({ fr: true, es: true, ru: true, zh: true, ar: true });

/** One row of `GET /api/v1/services` (`{ services: [...] }`). */
export const ZServiceSummary = z.object({
  code: z.string(),
  area: z.enum(SERVICE_AREAS),
  mode: z.enum(DELIVERY_MODES),
  name: ZLocalizedOutput,
  isActive: z.boolean(),
  indicatorCount: z.number().int(),
});

/** `GET`/`PATCH /api/v1/services/<code>`, `POST /api/v1/services` (201), `.../retire`, `.../reactivate`. */
export const ZServiceDetail = z.object({
  code: z.string(),
  area: z.enum(SERVICE_AREAS),
  mode: z.enum(DELIVERY_MODES),
  name: ZLocalizedOutput,
  description: ZLocalizedOutput,
  indicatorCodes: z.array(z.string()),
  isActive: z.boolean(),
  updatedAt: z.iso.datetime(),
});
