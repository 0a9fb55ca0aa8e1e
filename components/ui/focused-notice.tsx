"use client";

import { useEffect, useRef } from "react";

/** A confirmation that an action was done, shown after a navigation: it takes the focus, so it is read. */
export function FocusedNotice({ children, testId }: { children: React.ReactNode; testId?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} tabIndex={-1} role="status" className="rounded border border-ok bg-green-50 px-3 py-2 text-ok" data-testid={testId}>
      {children}
    </p>
  );
}
