import type { UseFormRegisterReturn } from "react-hook-form";
import { directionOf, type Locale } from "@/lib/i18n/config";

const INPUT = "w-full rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-danger";

/**
 * One text of the framework editor in the language being edited (marked with its language and
 * direction), with the English text under it as reference when another language is edited. The
 * reference and the error are linked to the field, so a screen reader reads them with it.
 */
export function FrameworkTextField({
  id,
  label,
  language,
  reference,
  referenceLabel,
  error,
  multiline = false,
  defaultValue,
  registration,
}: {
  id: string;
  label: string;
  language: Locale;
  /** The English text, when `language` is another. */
  reference?: string;
  referenceLabel: string;
  error?: string;
  multiline?: boolean;
  /** The text as stored, in the server's HTML too (react-hook-form fills the field only once hydrated). */
  defaultValue: string;
  registration: UseFormRegisterReturn;
}) {
  const describedBy = [reference !== undefined ? `${id}-reference` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, lang: language, dir: directionOf(language), className: INPUT, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, defaultValue, ...registration };
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {reference !== undefined && (
        <p id={`${id}-reference`} className="mt-1 text-sm text-muted">
          <span className="font-medium">{referenceLabel}</span>{" "}
          <span lang="en" dir="ltr">
            {reference}
          </span>
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
