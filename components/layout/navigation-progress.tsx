"use client";
// Says that a followed link is on its way. A link navigates in place (components/ui/link.tsx), and
// the browser shows no progress of its own for that: on a slow connection a click seemed to do
// nothing until the next page arrived. A thin bar at the top of the page, and the same words for
// screen readers, from the click until the address changes.
//
// The click is read when it bubbles to the window: a handler that cancels a link (the framework
// editor's "leave without saving?") stops it before then. Which clicks leave the page in place is
// decided in ./leaving-link.ts.
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { linkLeavingThePage } from "./leaving-link";

/** Gives up after this long, so a navigation that never completes does not leave the bar on. */
const GIVE_UP_MS = 30_000;

export function NavigationProgress({ label }: { label: string }) {
  const here = `${usePathname()}?${useSearchParams().toString()}`;
  // From the click until the address changes (and a later return to this address starts without it).
  const [pending, setPending] = useState(false);
  const [shown, setShown] = useState(here);
  if (shown !== here) {
    setShown(here);
    setPending(false);
  }

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (linkLeavingThePage(event)) setPending(true);
    };
    // A page the browser restores from its cache (Back after a full load) starts without the bar.
    const onPageShow = () => setPending(false);
    window.addEventListener("click", onClick);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("click", onClick);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, []);
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => setPending(false), GIVE_UP_MS);
    return () => window.clearTimeout(timer);
  }, [pending]);

  return (
    <>
      {pending && <div aria-hidden="true" className="fixed inset-x-0 top-0 z-50 h-1 bg-brand motion-safe:animate-pulse" data-testid="navigation-progress" />}
      <div role="status" className="sr-only">
        {pending ? label : ""}
      </div>
    </>
  );
}
