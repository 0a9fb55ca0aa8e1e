import type { FieldValues, Resolver } from "react-hook-form";
import type { $ZodType } from "zod/v4/core";

/**
 * A react-hook-form resolver for a shared zod schema that loads the schema and the zod resolver on
 * first use instead of with the page: zod is the largest part of a form's JavaScript, and a person
 * on a slow connection can read and start typing before it arrives. `preload` starts the download
 * early (call it when the person first focuses the form), so the first validation rarely waits.
 *
 * The schema's module must be imported only through `load`: a static import of anything from it
 * (even a constant) would put zod back into the page. Plain values live in zod-free modules
 * (lib/auth/fields.ts, lib/answers/answer.ts).
 */
export function lazyZodResolver<T extends FieldValues>(load: () => Promise<$ZodType<T, T>>): Resolver<T> & { preload: () => void } {
  let loading: Promise<Resolver<T>> | undefined;
  const get = () =>
    (loading ??= Promise.all([import("@hookform/resolvers/zod"), load()]).then(([{ zodResolver }, schema]) => zodResolver(schema) as Resolver<T>)).catch(
      (error: unknown) => {
        loading = undefined; // a dropped connection: try again on the next validation
        throw error;
      },
    );
  const resolver: Resolver<T> = async (values, context, options) => (await get())(values, context, options);
  return Object.assign(resolver, { preload: () => void get().catch(() => undefined) });
}
