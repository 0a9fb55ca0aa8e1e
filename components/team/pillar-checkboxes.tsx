import type { InputHTMLAttributes, Ref } from "react";

export interface PillarOption {
  code: string;
  /** Already in the reader's language. */
  name: string;
}

/**
 * A group of pillar checkboxes: a fieldset whose legend names the group, one labelled checkbox per
 * pillar, and the group's error linked to the fieldset. The caller supplies each input's props
 * (react-hook-form's `register` or controlled state).
 */
export function PillarCheckboxes({
  idPrefix,
  legend,
  pillars,
  error,
  inputProps,
}: {
  idPrefix: string;
  legend: string;
  pillars: PillarOption[];
  error?: string;
  inputProps: (code: string) => InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
}) {
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 font-medium">{legend}</legend>
      <ul className="grid gap-2 sm:grid-cols-2">
        {pillars.map((p) => (
          <li key={p.code} className="flex items-start gap-2">
            <input id={`${idPrefix}-${p.code}`} type="checkbox" value={p.code} className="mt-1 size-4 shrink-0" {...inputProps(p.code)} />
            <label htmlFor={`${idPrefix}-${p.code}`}>
              <span className="font-mono text-sm text-muted">{p.code}</span> {p.name}
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={errorId} className="mt-1 text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
