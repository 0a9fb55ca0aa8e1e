// Seeding: reference data (countries, programme regions, framework v1, service catalogue) on every
// installation, and demo data in demo mode. Idempotent: running it again changes nothing that is
// already there, and never touches a published framework version.
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { RoundStatus } from "../../lib/generated/prisma/enums";
import { buildCountries, programmeRegions } from "./countries";
import { DEMO_COUNTRIES, DEMO_PASSWORD, DEMO_ROUNDS, demoAccounts, seededRandom } from "./demo";
import { conventionArticles } from "../../lib/conventions/articles";
import { writeDraftVersion } from "../../lib/frameworks/rows";
import { frameworkV1 } from "./frameworks";
import { serviceCatalogue } from "./service-catalogue";

type Log = (line: string) => void;

export async function seedReferenceData(db: PrismaClient, log: Log = () => {}): Promise<void> {
  for (const region of programmeRegions) {
    await db.programmeRegion.upsert({
      where: { code: region.code },
      create: { code: region.code, name: region.name },
      update: {},
    });
  }
  const regionIds = new Map((await db.programmeRegion.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));

  const existing = new Set((await db.country.findMany({ select: { iso2: true } })).map((c) => c.iso2));
  const missing = buildCountries().filter((c) => !existing.has(c.iso2));
  if (missing.length > 0) {
    await db.country.createMany({
      data: missing.map(({ programmeRegionCode, ...c }) => ({ ...c, programmeRegionId: regionIds.get(programmeRegionCode) ?? null })),
    });
    log(`seeded ${missing.length} countries`);
  }

  await seedConventionArticles(db, log);
  await seedFrameworkV1(db, log);

  for (const s of serviceCatalogue) {
    const service = await db.service.upsert({
      where: { code: s.code },
      create: { code: s.code, area: s.area, mode: s.mode, name: s.name, description: s.description },
      update: {},
      select: { id: true },
    });
    await db.serviceIndicator.createMany({
      data: s.indicatorCodes.map((indicatorCode) => ({ serviceId: service.id, indicatorCode })),
      skipDuplicates: true,
    });
  }
}

/**
 * The Conventions' articles: the table is brought in step with prisma/frameworks/convention-articles.json
 * (the migration seeded it; a corrected title or chapter in the file reaches the table here, at the
 * next start). One statement; rows already equal are not touched. Articles are never deleted here:
 * indicators reference them (the foreign key would refuse), and the Conventions do not lose any.
 */
async function seedConventionArticles(db: PrismaClient, log: Log): Promise<void> {
  const rows = JSON.stringify(conventionArticles.articles);
  const changed = await db.$executeRaw`
    INSERT INTO convention_articles (convention, number, chapter, title)
    SELECT a.convention::"Convention", a.number, a.chapter, a.title
    FROM jsonb_to_recordset(${rows}::jsonb) AS a(convention text, number int, chapter int, title jsonb)
    ON CONFLICT (convention, number) DO UPDATE SET chapter = EXCLUDED.chapter, title = EXCLUDED.title
    WHERE (convention_articles.chapter, convention_articles.title) IS DISTINCT FROM (EXCLUDED.chapter, EXCLUDED.title)`;
  if (changed > 0) log(`updated ${changed} Convention articles`);
}

async function seedFrameworkV1(db: PrismaClient, log: Log): Promise<void> {
  const found = await db.frameworkVersion.findUnique({ where: { version: frameworkV1.version }, select: { id: true } });
  if (found) return;
  // Pillars and indicators can only be written while the version is a draft (a trigger enforces
  // it), so the whole version is written in one transaction and published at the end.
  await db.$transaction(async (tx) => {
    const id = await writeDraftVersion(tx, frameworkV1);
    await tx.frameworkVersion.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  });
  log(`seeded framework version ${frameworkV1.version}`);
}

export async function seedDemoData(db: PrismaClient, log: Log = () => {}): Promise<void> {
  const countries = new Map(
    (
      await db.country.findMany({
        where: { iso2: { in: [...DEMO_COUNTRIES.EAF, ...DEMO_COUNTRIES.CAM] } },
        select: { id: true, iso2: true },
      })
    ).map((c) => [c.iso2, c.id]),
  );
  const regions = new Map((await db.programmeRegion.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));

  const accounts = demoAccounts();
  const known = new Set((await db.user.findMany({ where: { email: { in: accounts.map((a) => a.email) } }, select: { email: true } })).map((u) => u.email));
  const toCreate = accounts.filter((a) => !known.has(a.email));
  const hashes = await Promise.all(toCreate.map(() => hashPassword(DEMO_PASSWORD)));
  for (const [i, a] of toCreate.entries()) {
    const user = await db.user.create({
      data: { email: a.email, name: a.name, passwordHash: hashes[i], isAdmin: a.kind === "admin", isDemo: true },
      select: { id: true },
    });
    if (a.kind === "officer" && a.scope) {
      await db.officerAssignment.create({ data: { userId: user.id, programmeRegionId: regions.get(a.scope) } });
    }
    if (a.role && a.scope) {
      const countryId = countries.get(a.scope);
      if (!countryId) throw new Error(`demo country ${a.scope} missing`);
      await db.membership.create({
        data: { userId: user.id, countryId, role: a.role, assignedPillarCodes: a.pillars ?? [] },
      });
    }
  }
  if (toCreate.length > 0) log(`seeded ${toCreate.length} demo accounts`);
  await seedDemoRounds(db, countries, log);
}

async function seedDemoRounds(db: PrismaClient, countries: Map<string, string>, log: Log): Promise<void> {
  const version = await db.frameworkVersion.findUniqueOrThrow({
    where: { version: frameworkV1.version },
    select: { id: true, pillars: { select: { id: true, code: true } }, indicators: { select: { id: true, code: true }, orderBy: { code: "asc" } } },
  });
  for (const [iso2, plans] of Object.entries(DEMO_ROUNDS)) {
    const countryId = countries.get(iso2);
    if (!countryId) continue;
    if ((await db.assessmentRound.count({ where: { countryId } })) > 0) continue;
    const focal = await db.membership.findFirst({ where: { countryId, role: "FOCAL_POINT" }, select: { userId: true } });
    const random = seededRandom(iso2.charCodeAt(0) * 256 + iso2.charCodeAt(1));
    let base = 1 + Math.floor(random() * 2);
    for (const plan of plans) {
      const closed = plan.status === "VALIDATED";
      const when = new Date(`${plan.cycle}-03-01T09:00:00Z`);
      const round = await db.assessmentRound.create({
        data: {
          countryId,
          frameworkVersionId: version.id,
          cycle: plan.cycle,
          // A validated round's answers are locked (a trigger): it is written submitted, then validated.
          status: closed ? "SUBMITTED" : plan.status,
          openedById: focal?.userId,
          openedAt: when,
          submittedAt: plan.status === "DRAFT" ? null : new Date(when.getTime() + 60 * 864e5),
          validatedAt: closed ? new Date(when.getTime() + 90 * 864e5) : null,
          targets: { create: version.pillars.map((p) => ({ pillarId: p.id, targetLevel: 3 })) },
        },
        select: { id: true },
      });
      // The history its status implies (lib/rounds/history.ts writes it for rounds people move).
      const submitted = new Date(when.getTime() + 60 * 864e5);
      const steps: { from: RoundStatus | null; to: RoundStatus; at: Date }[] = [{ from: null, to: "DRAFT", at: when }];
      if (plan.status !== "DRAFT") steps.push({ from: "DRAFT", to: "SUBMITTED", at: submitted });
      if (plan.status === "IN_REVIEW" || plan.status === "CHANGES_REQUESTED") steps.push({ from: "SUBMITTED", to: plan.status, at: new Date(submitted.getTime() + 7 * 864e5) });
      if (closed) steps.push({ from: "SUBMITTED", to: "VALIDATED", at: new Date(when.getTime() + 90 * 864e5) });
      await db.roundStatusEvent.createMany({ data: steps.map((s) => ({ roundId: round.id, fromStatus: s.from, toStatus: s.to, actorId: s.to === "DRAFT" || s.to === "SUBMITTED" ? focal?.userId : null, at: s.at })) });
      const answered = version.indicators.slice(0, Math.round(version.indicators.length * plan.completeness));
      await db.answer.createMany({
        data: answered.map((indicator) => {
          const roll = random();
          if (roll < 0.04) return { roundId: round.id, indicatorId: indicator.id, kind: "NOT_APPLICABLE" as const, notApplicableReason: "Not part of the national system.", updatedById: focal?.userId };
          const level = Math.max(0, Math.min(4, base + Math.floor(random() * 3) - 1));
          return { roundId: round.id, indicatorId: indicator.id, kind: "LEVEL" as const, level, justification: "Demo answer.", updatedById: focal?.userId };
        }),
      });
      if (closed) await db.assessmentRound.update({ where: { id: round.id }, data: { status: "VALIDATED" } });
      base = Math.min(3, base + 1); // later rounds show progress
    }
    log(`seeded demo rounds for ${iso2}`);
  }
}
