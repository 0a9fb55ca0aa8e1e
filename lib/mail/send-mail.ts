import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "../env";

// Outgoing mail through the SMTP server SMTP_URL names. Nothing is queued in the app (it must stay
// stateless): a failed send is reported to the caller, which decides what the user sees.

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

// A transporter is a configuration plus, at most, an idle connection: caching it per process is a
// connection cache, not state two instances could disagree on.
let transporter: Transporter | undefined;

export function isMailEnabled(): boolean {
  return Boolean(env().SMTP_URL);
}

export async function sendMail(message: MailMessage): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) throw new Error("SMTP_URL is not set");
  // Bounded waits: an unreachable relay must not hold a server action open for minutes.
  transporter ??= createTransport(SMTP_URL, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  await transporter.sendMail({ from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
}
