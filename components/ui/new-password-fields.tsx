import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "./text-field";

type PasswordField = "password" | "confirmPassword";

/**
 * A new password and its confirmation, both `autoComplete="new-password"` so that password
 * managers offer to generate and store one. Labels, hint and errors come already translated: each
 * form keeps its own ids and wording; `register` and `fieldError` are the form's own.
 */
export function NewPasswordFields({
  ids,
  labels,
  hint,
  register,
  fieldError,
}: {
  ids: Record<PasswordField, string>;
  labels: Record<PasswordField, string>;
  hint: string;
  register: (field: PasswordField) => UseFormRegisterReturn;
  fieldError: (field: PasswordField) => string | undefined;
}) {
  return (
    <>
      <TextField id={ids.password} type="password" autoComplete="new-password" label={labels.password} hint={hint} error={fieldError("password")} {...register("password")} />
      <TextField id={ids.confirmPassword} type="password" autoComplete="new-password" label={labels.confirmPassword} error={fieldError("confirmPassword")} {...register("confirmPassword")} />
    </>
  );
}

/** The account's email, read-only and named "username", so password managers store the new password with it. */
export function AccountEmailField({ id, label, email }: { id: string; label: string; email: string }) {
  return <TextField id={id} type="email" readOnly value={email} autoComplete="username" dir="ltr" className="bg-surface text-start" label={label} />;
}
