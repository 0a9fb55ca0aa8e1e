import { env } from "../env";
import { AppError } from "../errors";

/**
 * The address people reach the installation at, for the one-time links we hand out (invitations,
 * password resets). In production it must be configured (NEXTAUTH_URL): a link guessed from the
 * bind address would read http://localhost:3000/… on a server and lead nowhere, so it is refused
 * with an error that says what to set. In development the local address is right.
 */
export function publicBaseUrl(): string {
  const e = env();
  if (e.NEXTAUTH_URL) return e.NEXTAUTH_URL.replace(/\/+$/, "");
  if (e.NODE_ENV === "production") {
    throw new AppError("UNAVAILABLE", "NEXTAUTH_URL is not set: set it to the public address of the installation to hand out links", {
      details: { reason: "PUBLIC_URL_MISSING" },
    });
  }
  return `http://${e.HOST === "0.0.0.0" ? "localhost" : e.HOST}:${e.PORT}`;
}
