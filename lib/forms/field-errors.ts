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
