import type { AbstractIntlMessages } from "next-intl";

/** Only the namespaces a client component needs cross the wire, not the whole catalogue. */
export function pickMessages(messages: AbstractIntlMessages, namespaces: string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]]));
}
