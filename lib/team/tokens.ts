// One-time link tokens (invitations, password resets): pure helpers, no database. The token is a
// bearer secret (whoever holds the link can join the team or set the password), so only its
// SHA-256 is stored: a leaked database dump or backup does
// not yield usable links. SHA-256 without salt is enough here because the token has 256 bits of
// entropy; a slow hash only matters for guessable secrets such as passwords.
import { createHash, randomBytes } from "node:crypto";

export const INVITATION_TOKEN_BYTES = 32;
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
/** A password-reset link an administrator sends: short, since it opens an existing account. */
export const PASSWORD_RESET_TTL_MS = 3600 * 1000;
/**
 * The first administrator's link (`npm run admin:create`): a day, because it is printed on a server
 * console and carried to the person by hand; it still works once only.
 */
export const ADMIN_SETUP_TTL_MS = 24 * 3600 * 1000;
/** 32 bytes in base64url without padding: 43 characters of [A-Za-z0-9_-]. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type InvitationStatus = "pending" | "expired" | "accepted" | "revoked";

export function generateInvitationToken(): string {
  return randomBytes(INVITATION_TOKEN_BYTES).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string has the shape of a token we issue; anything else is refused before any lookup. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && TOKEN_PATTERN.test(token);
}

export function invitationExpiry(now: Date = new Date()): Date {
  return new Date(now.getTime() + INVITATION_TTL_MS);
}

/** Accepted and revoked are final; a pending invitation becomes expired when its time is up. */
export function invitationStatus(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() > now.getTime() ? "pending" : "expired";
}

export function invitationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/invitations/${token}`;
}

export function passwordResetLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/reset-password/${token}`;
}
