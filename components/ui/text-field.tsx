import type { ComponentProps } from "react";

const INPUT_CLASS = "w-full rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-danger";

/**
 * Email addresses and web addresses are written left to right in every language: inside an Arabic
 * page they would otherwise be laid out right to left (`https://` shows as `//:https`), so their
 * inputs read left to right unless the caller says otherwise.
 */
const LEFT_TO_RIGHT_TYPES = new Set(["email", "url"]);

export function isLeftToRightType(type: string | undefined): boolean {
  return type !== undefined && LEFT_TO_RIGHT_TYPES.has(type);
}

export type TextFieldProps = Omit<ComponentProps<"input">, "id" | "aria-invalid" | "aria-describedby"> & {
  /** The input's id; the hint and the error take `${id}-hint` and `${id}-error`. */
  id: string;
  /** Already in the reader's language, like `hint` and `error`. */
  label: string;
  /** A sentence shown between the label and the input, and linked to the input. */
  hint?: string;
  /** The field's error; when given, the input is marked invalid and linked to it. */
  error?: string;
};

/**
 * A labelled text input with an optional hint and error, both linked to the input through
 * `aria-describedby`. Any other input props pass through to the `<input>`, so react-hook-form's
 * `register(...)` (its `ref` included) can be spread onto it; `className` is added to the shared one.
 * Email and URL inputs read left to right (`dir="ltr"`) unless `dir` is given.
 */
export function TextField({ id, label, hint, error, className, dir, ...inputProps }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        {...inputProps}
        id={id}
        dir={dir ?? (isLeftToRightType(inputProps.type) ? "ltr" : undefined)}
        className={className ? `${INPUT_CLASS} ${className}` : INPUT_CLASS}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p id={errorId} className="mt-1 text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
