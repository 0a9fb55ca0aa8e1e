import "server-only";
import { parseInput } from "../api/parse";
import { recordAudit } from "../audit/service";
import { assertCanManageServiceCatalogue, type Actor } from "../authz";
import { getDb } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { DeliveryMode, ServiceArea } from "../generated/prisma/enums";
import type { LocalizedText } from "../i18n/config";
import { ZServiceCode, ZServiceCreate, ZServiceUpdate, type TServiceCreate, type TServiceUpdate } from "./schemas";

// The service catalogue's administration: list, read, add, edit, retire and reactivate services.
// Administrators only (lib/authz.ts assertCanManageServiceCatalogue in every function); every change
// is audited in its own transaction. A service is never deleted: rounds' recommended packages and
// reports name services by code, so a retired one keeps its row with is_active false, and every
// reader of the catalogue (scoring, questionnaire, portfolio, framework API) takes active ones only.

export type ServiceConflict = "CODE_TAKEN" | "ALREADY_RETIRED" | "ALREADY_ACTIVE";

export interface ServiceRow {
  code: string;
  area: ServiceArea;
  mode: DeliveryMode;
  name: LocalizedText;
  isActive: boolean;
  indicatorCount: number;
}

export interface ServiceDetail {
  code: string;
  area: ServiceArea;
  mode: DeliveryMode;
  name: LocalizedText;
  description: LocalizedText;
  indicatorCodes: string[];
  isActive: boolean;
  updatedAt: Date;
}

/** The published framework's indicators, by pillar: what a service may address. */
export interface IndicatorChoices {
  version: string;
  pillars: { code: string; name: unknown; indicators: { code: string; title: unknown }[] }[];
}

function conflict(reason: ServiceConflict): AppError {
  // A code already taken is the code field's problem: the form shows it there.
  const fields = reason === "CODE_TAKEN" ? { code: "codeTaken" } : undefined;
  return new AppError("CONFLICT", reason, { fields, details: { reason } });
}

/** A code that cannot be one names no service: 404, like an unknown one. */
function serviceCodeOf(code: string): string {
  const parsed = ZServiceCode.safeParse(code);
  if (!parsed.success || parsed.data !== code) throw new AppError("NOT_FOUND", "service");
  return parsed.data;
}

const DETAIL_SELECT = {
  id: true,
  code: true,
  area: true,
  mode: true,
  name: true,
  description: true,
  isActive: true,
  updatedAt: true,
  indicators: { select: { indicatorCode: true }, orderBy: { indicatorCode: "asc" } },
} as const satisfies Prisma.ServiceSelect;

type DetailRow = Prisma.ServiceGetPayload<{ select: typeof DETAIL_SELECT }>;

function detailOf(row: DetailRow): ServiceDetail {
  return {
    code: row.code,
    area: row.area,
    mode: row.mode,
    name: row.name as LocalizedText,
    description: row.description as LocalizedText,
    indicatorCodes: row.indicators.map((i) => i.indicatorCode),
    isActive: row.isActive,
    updatedAt: row.updatedAt,
  };
}

/** What the audit trail keeps of a service, before and after a change. */
function snapshotOf(service: ServiceDetail): Prisma.InputJsonObject {
  return {
    code: service.code,
    area: service.area,
    mode: service.mode,
    name: service.name,
    description: service.description,
    indicatorCodes: service.indicatorCodes,
    isActive: service.isActive,
  };
}

/**
 * The indicator codes, each once and sorted, after checking that every one exists in the published
 * framework version; otherwise INVALID_INPUT at the field, with the unknown codes named (the form
 * shows them, the JSON API returns them in details).
 */
async function checkedIndicatorCodes(tx: Prisma.TransactionClient, codes: string[]): Promise<string[]> {
  const unique = [...new Set(codes)].sort();
  const found = await tx.indicator.findMany({
    where: { code: { in: unique }, frameworkVersion: { status: "PUBLISHED" } },
    select: { code: true },
    distinct: ["code"],
  });
  const known = new Set(found.map((i) => i.code));
  const unknown = unique.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new AppError("INVALID_INPUT", "unknown indicator codes", {
      fields: { indicatorCodes: "indicatorUnknown" },
      details: { unknownCodes: unknown, messageValues: { codes: unknown.join(", ") } },
    });
  }
  return unique;
}

export async function listServices(actor: Actor): Promise<ServiceRow[]> {
  assertCanManageServiceCatalogue(actor);
  const rows = await getDb().service.findMany({
    select: { code: true, area: true, mode: true, name: true, isActive: true, _count: { select: { indicators: true } } },
    orderBy: [{ isActive: "desc" }, { code: "asc" }],
  });
  return rows.map((r) => ({ code: r.code, area: r.area, mode: r.mode, name: r.name as LocalizedText, isActive: r.isActive, indicatorCount: r._count.indicators }));
}

export async function getService(actor: Actor, code: string): Promise<ServiceDetail> {
  assertCanManageServiceCatalogue(actor);
  const row = await getDb().service.findUnique({ where: { code: serviceCodeOf(code) }, select: DETAIL_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "service");
  return detailOf(row);
}

export async function getIndicatorChoices(actor: Actor): Promise<IndicatorChoices> {
  assertCanManageServiceCatalogue(actor);
  const version = await getDb().frameworkVersion.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    select: {
      version: true,
      pillars: {
        orderBy: { position: "asc" },
        select: { code: true, name: true, indicators: { orderBy: { position: "asc" }, select: { code: true, title: true } } },
      },
    },
  });
  if (!version) throw new AppError("NOT_FOUND", "no published framework version");
  return version;
}

export async function createService(actor: Actor, input: unknown): Promise<ServiceDetail> {
  assertCanManageServiceCatalogue(actor);
  const values: TServiceCreate = parseInput(ZServiceCreate, input);
  try {
    return await getDb().$transaction(async (tx) => {
      const indicatorCodes = await checkedIndicatorCodes(tx, values.indicatorCodes);
      if (await tx.service.findUnique({ where: { code: values.code }, select: { id: true } })) throw conflict("CODE_TAKEN");
      const row = await tx.service.create({
        data: {
          code: values.code,
          area: values.area,
          mode: values.mode,
          name: values.name,
          description: values.description,
          indicators: { createMany: { data: indicatorCodes.map((indicatorCode) => ({ indicatorCode })) } },
        },
        select: DETAIL_SELECT,
      });
      const created = detailOf(row);
      await recordAudit({ actorId: actor.userId, action: "service.create", entityType: "service", entityId: row.id, after: snapshotOf(created) }, tx);
      return created;
    });
  } catch (error) {
    // Two administrators choosing the same code at the same moment: the unique index decides.
    if (isUniqueViolation(error)) throw conflict("CODE_TAKEN");
    throw error;
  }
}

/** Locks the service's row for the rest of the transaction, so that `before` is what was changed. */
async function lockedService(tx: Prisma.TransactionClient, code: string): Promise<DetailRow> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM services WHERE code = ${code} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "service");
  return tx.service.findUniqueOrThrow({ where: { id: locked[0].id }, select: DETAIL_SELECT });
}

export async function updateService(actor: Actor, code: string, input: unknown): Promise<ServiceDetail> {
  assertCanManageServiceCatalogue(actor);
  const serviceCode = serviceCodeOf(code);
  const values: TServiceUpdate = parseInput(ZServiceUpdate, input);
  return getDb().$transaction(async (tx) => {
    const current = await lockedService(tx, serviceCode);
    const indicatorCodes = await checkedIndicatorCodes(tx, values.indicatorCodes);
    await tx.serviceIndicator.deleteMany({ where: { serviceId: current.id } });
    const row = await tx.service.update({
      where: { id: current.id },
      data: {
        area: values.area,
        mode: values.mode,
        name: values.name,
        description: values.description,
        indicators: { createMany: { data: indicatorCodes.map((indicatorCode) => ({ indicatorCode })) } },
      },
      select: DETAIL_SELECT,
    });
    const updated = detailOf(row);
    await recordAudit(
      { actorId: actor.userId, action: "service.update", entityType: "service", entityId: row.id, before: snapshotOf(detailOf(current)), after: snapshotOf(updated) },
      tx,
    );
    return updated;
  });
}

async function setActive(actor: Actor, code: string, isActive: boolean): Promise<ServiceDetail> {
  assertCanManageServiceCatalogue(actor);
  const serviceCode = serviceCodeOf(code);
  return getDb().$transaction(async (tx) => {
    const current = await lockedService(tx, serviceCode);
    if (current.isActive === isActive) throw conflict(isActive ? "ALREADY_ACTIVE" : "ALREADY_RETIRED");
    const row = await tx.service.update({ where: { id: current.id }, data: { isActive }, select: DETAIL_SELECT });
    const changed = detailOf(row);
    await recordAudit(
      {
        actorId: actor.userId,
        action: isActive ? "service.reactivate" : "service.retire",
        entityType: "service",
        entityId: row.id,
        before: { isActive: current.isActive },
        after: { isActive },
      },
      tx,
    );
    return changed;
  });
}

/** Takes the service out of every recommended package from now on; its row and links stay. */
export async function retireService(actor: Actor, code: string): Promise<ServiceDetail> {
  return setActive(actor, code, false);
}

export async function reactivateService(actor: Actor, code: string): Promise<ServiceDetail> {
  return setActive(actor, code, true);
}
