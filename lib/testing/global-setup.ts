// Integration tests: one database for the run, migrated and holding the reference data (countries,
// framework, services). Tests create their own users, memberships and rounds.
import type { TestProject } from "vitest/node";
import { migrate } from "../db/migrate";
import { createPrismaClient } from "../db";
import { seedReferenceData } from "../../prisma/seed";
import { startTestDatabase, type TestDatabase } from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

let database: TestDatabase | undefined;

export async function setup(project: TestProject) {
  database = await startTestDatabase(process.env.DATABASE_URL, "it");
  await migrate({ connectionString: database.url });
  const db = createPrismaClient(database.url);
  await seedReferenceData(db);
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  project.provide("adminDatabaseUrl", database.adminUrl);
}

export async function teardown() {
  await database?.stop();
}
