"use client";

import { useState } from "react";
import { ErrorAlert } from "./error-alert";
import { PrimaryButton } from "./primary-button";

/**
 * A button that runs one server action and then leaves the page: while it runs, and once it has
 * succeeded, the button stays disabled with its pending label; a failure is announced above it.
 * `run` resolves with the (translated) error message, or with nothing when the page is leaving;
 * if it throws, `failedMessage` is shown.
 */
export function ActionButton({
  run,
  label,
  pendingLabel,
  failedMessage,
  testId,
}: {
  run: () => Promise<string | undefined>;
  label: string;
  pendingLabel: string;
  failedMessage: string;
  testId?: string;
}) {
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    setIsPending(true);
    setError(null);
    let message: string | undefined;
    try {
      message = await run();
    } catch {
      message = failedMessage;
    }
    if (message === undefined) return; // leaving the page
    setError(message);
    setIsPending(false);
  }

  return (
    <div className="space-y-3">
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <PrimaryButton onClick={() => void onClick()} pending={isPending} label={label} pendingLabel={pendingLabel} data-testid={testId} />
    </div>
  );
}
