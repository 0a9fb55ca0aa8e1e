import type { z } from "zod";
import { AppError } from "../errors";

/**
 * Parses input with the shared zod schema; on failure an INVALID_INPUT error whose `fields` maps
 * each field path to its message key (validation.<key>), which the client translates.
 */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  throw new AppError("INVALID_INPUT", "invalid input", { fields });
}

/** Reads a JSON body; a body that is not JSON is INVALID_INPUT, not a server error. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("INVALID_INPUT", "body is not JSON", { fields: { _: "invalid" } });
  }
}
