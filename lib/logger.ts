import pino, { type DestinationStream, type LoggerOptions } from "pino";
import { env } from "./env";

// JSON logs to stdout; the platform (systemd, docker, a log shipper) decides where they go.
// Secrets never reach the logger: the code does not pass them, and as defence in depth the fields
// that could carry one (a one-time link or token, a password, a cookie, an Authorization header)
// are redacted wherever they appear at the top level or one object down (`err`, `req`, `metadata`).
const SECRET_FIELDS = ["link", "token", "password", "currentPassword", "newPassword", "confirmPassword", "passwordHash", "cookie", "authorization"];

export const REDACTED_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  "headers.cookie",
  "headers.authorization",
  "*.headers.cookie",
  "*.headers.authorization",
  'headers["set-cookie"]',
  '*.headers["set-cookie"]',
];

export function loggerOptions(): LoggerOptions {
  return {
    level: env().LOG_LEVEL,
    base: { app: "cybercap" },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
}

/** A logger with the app's options; tests pass a destination to read what would be written. */
export function createLogger(destination?: DestinationStream): pino.Logger {
  return destination ? pino(loggerOptions(), destination) : pino(loggerOptions());
}

export const logger = createLogger();
