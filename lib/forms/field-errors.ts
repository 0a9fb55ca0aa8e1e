import type { ActionResult } from "../team/action-result";

/**
 * Puts a failed action's per-field message keys on the form's fields (react-hook-form's
 * `setError`), for the fields this form has. Returns whether any was shown there, so the form
 * shows a message of its own only when none was.
 */
export function showFieldErrors<F extends string>(
  failure: { fields?: Record<string, string> },
  fields: readonly F[],
  setError: (field: F, error: { message: string }) => void,
): boolean {
  let shown = false;
  for (const field of fields) {
    const key = failure.fields?.[field];
    if (key) {
      setError(field, { message: key });
      shown = true;
    }
  }
  return shown;
}

type Failure = Extract<ActionResult, { ok: false }>;

/**
 * Runs a form's server action and shows what went wrong: a throw (the network, the server gone)
 * as the `unexpected` sentence, a failure at the form's fields when it names them, else as the
 * `failure` sentence, both through `setFormError`. Returns the success, or null when there is none.
 */
export async function submitAction<T extends object, F extends string>(
  run: () => Promise<ActionResult<T>>,
  form: {
    fields: readonly F[];
    setError: (field: F, error: { message: string }) => void;
    setFormError: (message: string) => void;
    unexpected: () => string;
    failure: (failure: Failure) => string;
  },
): Promise<Extract<ActionResult<T>, { ok: true }> | null> {
  let result: ActionResult<T>;
  try {
    result = await run();
  } catch {
    form.setFormError(form.unexpected());
    return null;
  }
  if (result.ok) return result;
  if (!showFieldErrors(result, form.fields, form.setError)) form.setFormError(form.failure(result));
  return null;
}
