import { AppError } from "../errors";

/** What parseInput needs of a schema: full zod and zod/mini schemas both fit. */
interface Parser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * Parses input with the shared zod schema; on failure an INVALID_INPUT error whose `fields` maps
 * each field path to its message key (validation.<key>), which the client translates. zod's own
 * messages (a wrong type) are not keys: they become "invalid".
 */
export function parseInput<T>(schema: Parser<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    // Array positions are dropped: the form shows one message for the list ("pillarCodes").
    const key = issue.path.filter((segment) => typeof segment !== "number").map(String).join(".") || "form";
    fields[key] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  throw new AppError("INVALID_INPUT", "invalid input", { fields });
}
