import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "./text-field";

/**
 * A new password and its confirmation, both `autoComplete="new-password"` so that password
 * managers offer to generate and store one. Labels, hint and errors come already translated: each
 * form keeps its own ids and wording.
 */
export function NewPasswordFields({
  ids,
  labels,
  hint,
  errors,
  password,
  confirmPassword,
}: {
  ids: { password: string; confirmPassword: string };
  labels: { password: string; confirmPassword: string };
  hint: string;
  errors: { password?: string; confirmPassword?: string };
  password: UseFormRegisterReturn<"password">;
  confirmPassword: UseFormRegisterReturn<"confirmPassword">;
}) {
  return (
    <>
      <TextField id={ids.password} type="password" autoComplete="new-password" label={labels.password} hint={hint} error={errors.password} {...password} />
      <TextField id={ids.confirmPassword} type="password" autoComplete="new-password" label={labels.confirmPassword} error={errors.confirmPassword} {...confirmPassword} />
    </>
  );
}
