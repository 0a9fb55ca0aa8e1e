import { inject } from "vitest";
import { resetEnvForTests } from "../env";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.LOG_LEVEL ??= "silent";
resetEnvForTests();
