// Invitation and password-reset links are bearer secrets: they must never reach the logs. The
// logger is replaced by one with the app's own options (lib/logger.ts, redaction included) that
// writes every level into memory; then the flows that make links run, with and without SMTP.
import { Writable } from "node:stream";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { MailMessage } from "./mail/send-mail";
import { makeUser, uniqueEmail } from "./testing/fixtures";

const captured = vi.hoisted(() => ({ lines: [] as string[], mailEnabled: false, mailFails: false }));

vi.mock("./logger", async (importOriginal) => {
  const real = await importOriginal<typeof import("./logger")>();
  const pino = (await import("pino")).default;
  const sink = new Writable({
    write(chunk, _encoding, done) {
      captured.lines.push(String(chunk));
      done();
    },
  });
  // The app's options, at the most verbose level: nothing logged anywhere escapes the check.
  return { ...real, logger: pino({ ...real.loggerOptions(), level: "trace" }, sink) };
});
vi.mock("./mail/send-mail", () => ({
  isMailEnabled: () => captured.mailEnabled,
  sendMail: async (message: MailMessage) => {
    if (captured.mailFails) throw Object.assign(new Error("SMTP unreachable"), { message: "SMTP unreachable", link: message.text });
  },
}));

const { inviteMember, invitePerson } = await import("./team/service");
const { sendPasswordReset } = await import("./admin/users/service");
const { logger } = await import("./logger");

beforeEach(() => {
  captured.lines = [];
  captured.mailEnabled = false;
  captured.mailFails = false;
});

function expectNoSecret(secrets: string[]) {
  const log = captured.lines.join("");
  expect(captured.lines.length).toBeGreaterThan(0); // the flows did log: the check is not vacuous
  for (const secret of secrets) expect(log).not.toContain(secret);
  expect(log).not.toMatch(/\/invitations\/[A-Za-z0-9_-]{43}|\/reset-password\/[A-Za-z0-9_-]{43}/);
}

function secretsOf(result: { delivery: string; link?: string }): string[] {
  if (!result.link) throw new Error("expected a link");
  return [result.link, result.link.split("/").pop()!];
}

describe("links never reach the logs", () => {
  it("when inviting and sending a reset link without SMTP (the link is returned once, to the page)", async () => {
    const focal = await makeUser({ memberOf: { iso2: "MA", role: "FOCAL_POINT" } });
    const admin = await makeUser({ isAdmin: true });
    const invited = await inviteMember(focal, "MA", { email: uniqueEmail(), pillarCodes: ["INV"] });
    const officer = await invitePerson(admin, { kind: "OFFICER", email: uniqueEmail(), countryIso2: "", role: "FOCAL_POINT", pillarCodes: [], regionIds: [], officerCountryIso2s: ["MA"] });
    const reset = await sendPasswordReset(admin, (await makeUser()).userId);
    expectNoSecret([...secretsOf(invited), ...secretsOf(officer), ...secretsOf(reset)]);
  });

  it("when the mail fails, even if the error carries the link", async () => {
    captured.mailEnabled = true;
    captured.mailFails = true;
    const admin = await makeUser({ isAdmin: true });
    const invited = await invitePerson(admin, { kind: "COUNTRY", email: uniqueEmail(), countryIso2: "MA", role: "FOCAL_POINT", pillarCodes: [], regionIds: [], officerCountryIso2s: [] });
    const reset = await sendPasswordReset(admin, (await makeUser()).userId);
    expect(invited).toMatchObject({ delivery: "link", mailFailed: true });
    expectNoSecret([...secretsOf(invited), ...secretsOf(reset)]);
  });

  it("redacts secret fields wherever a caller puts them (defence in depth)", () => {
    logger.info({ link: "https://x/invitations/secret-1", token: "secret-2", req: { headers: { cookie: "secret-3", authorization: "Bearer secret-4" } } }, "m");
    logger.error({ err: { password: "secret-5", newPassword: "secret-6" }, metadata: { link: "secret-7" } }, "m");
    const log = captured.lines.join("");
    for (let i = 1; i <= 7; i++) expect(log).not.toContain(`secret-${i}`);
    expect(log).toContain("[redacted]");
  });
});
