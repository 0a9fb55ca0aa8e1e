// The one place that reads process.env. Everything else imports `env()`.
// Parsed lazily and once: scripts set DATABASE_URL (for example after starting the embedded
// PostgreSQL) before anything asks for it.
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : ["true", "1", "yes"].includes(v)));

/** A variable that may be set to "" (docker-compose, .env files) to mean "unset". */
const blankAsUnset = (v: unknown) => (v === "" ? undefined : v);

// One to eight segments that could start a storage key (lib/storage/file-store.ts), slashes trimmed.
const S3_PREFIX_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}){0,7}$/;

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * A read replica for heavy reads (dashboard, portfolio); the primary when unset. Replication lag
   * shows there as figures a moment old, never as lost writes: every write goes to the primary.
   */
  DATABASE_REPLICA_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Demo mode lists the demo accounts on the sign-in page and seeds demo countries and users. */
  DEMO_MODE: booleanFlag,
  /**
   * Demo mode writes accounts with a published password. With a database of its own (DATABASE_URL)
   * it is refused unless this says the database is a throwaway one (tests, trials).
   */
  DEMO_MODE_ALLOW_EXTERNAL_DB: booleanFlag,
  SESSION_MAX_AGE_HOURS: z.coerce.number().min(0.05).max(24 * 30).default(8),
  AUTH_THROTTLE_ACCOUNT_MAX: z.coerce.number().int().min(1).default(5),
  AUTH_THROTTLE_IP_MAX: z.coerce.number().int().min(1).default(30),
  AUTH_THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(15 * 60),
  /**
   * Requests arrive through our own reverse proxies, which append to X-Forwarded-For: the client is
   * then the right-most address none of them vouches for (lib/auth/client-address.ts).
   */
  TRUST_PROXY: booleanFlag,
  /** With TRUST_PROXY: how many proxies in front of the app, counted from the app, are ours. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(20).default(1),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Single sign-on"),
  /** Apply migrations and reference data when the server starts (containers). */
  MIGRATE_ON_START: booleanFlag,
  /** Port of `npm start`'s web server, and of the embedded PostgreSQL it starts. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface `npm start` binds to; 0.0.0.0 to serve other machines. */
  HOST: z.string().min(1).default("127.0.0.1"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** `npm start`'s data folder: the embedded PostgreSQL, its lock file and the local secret. */
  CYBERCAP_DATA_DIR: z.string().min(1).default(".data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** SMTP server for invitation emails (smtp://user:pass@host:587, smtps://…:465). Unset: links are shown to the focal point. */
  SMTP_URL: z.string().url().optional(),
  /** Sender of invitation emails, e.g. "Cybercap <no-reply@cybercap.example.org>". */
  MAIL_FROM: z.string().min(3).default("Cybercap <no-reply@localhost>"),
  /** Where uploaded evidence files are kept: in PostgreSQL (stored_files.content), a data folder or an S3-compatible bucket. */
  FILE_STORE: z.enum(["postgres", "folder", "s3"], { message: 'FILE_STORE must be "postgres", "folder" or "s3"' }).default("postgres"),
  /** The data folder of FILE_STORE=folder (relative to the working directory, or absolute). */
  FILE_STORE_DIR: z.string().min(1).default(".data/files"),
  /** FILE_STORE=s3: the bucket (required), which belongs to Cybercap alone, or the S3_PREFIX in it does. */
  S3_BUCKET: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "S3_BUCKET must be a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens")
      .optional(),
  ),
  /** FILE_STORE=s3: the service's URL for anything but Amazon S3 (MinIO: http://minio:9000). */
  S3_ENDPOINT: z.preprocess(blankAsUnset, z
      .string()
      .regex(/^https?:\/\/[^/]/i, "S3_ENDPOINT must be an http(s) URL such as https://minio.example.org:9000")
      .pipe(z.url("S3_ENDPOINT must be an http(s) URL such as https://minio.example.org:9000"))
      .optional()),
  S3_REGION: z.preprocess(blankAsUnset, z.string().min(1).default("us-east-1")),
  /** FILE_STORE=s3: a static key pair; unset, the AWS SDK's default chain (AWS_* variables, profile, instance or pod role). */
  S3_ACCESS_KEY_ID: z.preprocess(blankAsUnset, z.string().min(1).optional()),
  S3_SECRET_ACCESS_KEY: z.preprocess(blankAsUnset, z.string().min(1).optional()),
  /** FILE_STORE=s3: path-style URLs (http://host/bucket/key), which MinIO and most self-hosted services need. */
  S3_FORCE_PATH_STYLE: booleanFlag,
  /** FILE_STORE=s3: a folder-like prefix for every key ("cybercap/production"), to share one bucket between installations. */
  S3_PREFIX: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/^\/+|\/+$/g, "") || undefined : v),
    z.string().regex(S3_PREFIX_PATTERN, "S3_PREFIX must be one to eight segments of letters, digits, dot, dash and underscore, separated by /").optional(),
  ),
  /** Requests per minute one personal API token may make (counted in PostgreSQL, table rate_limits). */
  API_TOKEN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(600),
  /** The Chromium that renders gap reports (PDF, and the DOCX's charts); else /usr/bin/chromium. */
  CHROMIUM_PATH: z.string().min(1).optional(),
  /** Reports rendered at once by one instance; further requests wait their turn (lib/report/browser.ts). */
  REPORT_RENDER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** How long a report request waits for a free renderer before it is answered 503. */
  REPORT_RENDER_WAIT_SECONDS: z.coerce.number().min(1).max(600).default(30),
  /**
   * Where the renderer loads the report's print page from: this instance itself by default
   * (http://127.0.0.1:<port it listens on>). Set it when the instance is not reachable there.
   */
  REPORT_RENDER_URL: z.string().url().optional(),
}).superRefine((e, ctx) => {
  if (e.FILE_STORE === "s3" && !e.S3_BUCKET) {
    ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "S3_BUCKET is required with FILE_STORE=s3 (the bucket that holds the evidence files)" });
  }
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({
      code: "custom",
      path: [e.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID"],
      message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS SDK's default credentials",
    });
  }
});

export type Env = z.infer<typeof ZEnv> & { isOidcEnabled: boolean; isDemoMode: boolean };

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  const e = parsed.data;
  cached = {
    ...e,
    isOidcEnabled: Boolean(e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET),
    isDemoMode: e.DEMO_MODE ?? false,
  };
  return cached;
}

/**
 * The port this server listens on, read when asked: `next start -p` and the standalone server set
 * PORT once they listen, which may be after the configuration was first parsed.
 */
export function listeningPort(): number {
  const port = Number(process.env.PORT);
  return Number.isInteger(port) && port > 0 ? port : env().PORT;
}

/** For tests and scripts that change the environment after a first read. */
export function resetEnvForTests(): void {
  cached = undefined;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it when it starts the embedded PostgreSQL)");
  return url;
}
