import type { ComponentProps } from "react";

/** The form's main action. While `pending`, it is disabled and says so with `pendingLabel`. */
export function PrimaryButton({
  pending = false,
  label,
  pendingLabel,
  fullWidth = true,
  type = "button",
  ...props
}: Omit<ComponentProps<"button">, "children" | "disabled" | "className"> & { pending?: boolean; label: string; pendingLabel: string; fullWidth?: boolean }) {
  return (
    <button
      {...props}
      type={type}
      disabled={pending}
      className={`${fullWidth ? "w-full " : ""}rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
