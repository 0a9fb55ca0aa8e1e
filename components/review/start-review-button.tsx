"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";
import { failureText, requestJson } from "./request";

/** Submitted -> in review: the assigned officer's first step. */
export function StartReviewButton({ roundId }: { roundId: string }) {
  const t = useTranslations("review");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setPending(true);
    setError(null);
    const result = await requestJson(`/api/v1/rounds/${roundId}/review`, "POST");
    setPending(false);
    if (result.ok) router.refresh();
    else setError(failureText(t, result));
  }

  return (
    <div className="space-y-2">
      <PrimaryButton fullWidth={false} pending={pending} label={t("start.button")} pendingLabel={t("start.pending")} onClick={() => void start()} data-testid="start-review" />
      {error && <ErrorAlert>{error}</ErrorAlert>}
    </div>
  );
}
