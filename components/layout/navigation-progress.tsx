"use client";
// Says that a followed link is on its way. A link navigates in place (components/ui/link.tsx), and
// the browser shows no progress of its own for that: on a slow connection a click seemed to do
// nothing until the next page arrived. A thin bar at the top of the page, and the same words for
// screen readers, from the click until the address changes.
//
// The click is read when it bubbles to the window: a handler that cancels a link (the framework
// editor's "leave without saving?") stops it before then. Links that do not leave the page (a
// fragment: the skip link, the index of indicators), open elsewhere or download, and addresses
// under /api/ (files, which leave the page where it is) are not followed here.
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/** Gives up after this long, so a navigation that never completes does not leave the bar on. */
const GIVE_UP_MS = 30_000;

/** Whether a click on a link leaves this page for another of the app's pages, in place. */
function leavesThePage(event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download")) return false;
  if (anchor.target && anchor.target !== "_self") return false;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith("/api/")) return false;
  return url.pathname !== window.location.pathname || url.search !== window.location.search;
}

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
      if (leavesThePage(event)) setPending(true);
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
