import pino from "pino";
import { env } from "./env";

// JSON logs to stdout; the platform (systemd, docker, a log shipper) decides where they go.
// Secrets never reach the logger: redact the fields that could carry them.
export const logger = pino({
  level: env().LOG_LEVEL,
  base: { app: "cybercap" },
  redact: {
    paths: ["password", "*.password", "token", "*.token", "passwordHash", "*.passwordHash", "headers.cookie"],
    censor: "[redacted]",
  },
});
