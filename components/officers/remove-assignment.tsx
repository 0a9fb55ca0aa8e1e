"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { changeAssignment } from "./assignment-request";

/** Removes one region or country from a person's portfolio. */
export function RemoveAssignment({ userId, kind, code, label }: { userId: string; kind: "region" | "country"; code: string; label: string }) {
  const t = useTranslations("officers");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setPending(true);
    setError(null);
    const result = await changeAssignment(userId, "DELETE", { kind, code }, t);
    setPending(false);
    if (!result.ok) setError(result.message);
    else router.refresh();
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void remove()}
        disabled={pending}
        aria-label={t("unassign.label", { name: label })}
        className="rounded border border-line px-2 py-0.5 text-sm text-danger hover:bg-red-50 disabled:opacity-60"
        data-testid={`unassign-${kind}-${code}`}
      >
        {pending ? t("unassign.removing") : t("unassign.submit")}
      </button>
      {error && (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      )}
    </span>
  );
}
