// Text from people: every free-text field of every schema (forms and server) passes it through
// `plainText`. PostgreSQL refuses a NUL byte in text (a 500 before this check existed), and other
// control characters (escape, backspace, C1 controls) have no place in a justification or a name.
// Tab, line feed and carriage return are kept: multi-line fields need them. Bidirectional marks
// (U+200E, U+202A…) are format characters, not controls, and stay allowed: Arabic text uses them.
import { refine } from "zod/mini";

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/** A zod check (zod/mini and full zod alike): message key `validation.controlCharacters`. */
export function plainText() {
  return refine<string>((value) => !hasControlCharacters(value), { error: "controlCharacters" });
}
