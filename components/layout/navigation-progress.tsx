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

/** Where a click on a link leads, when it leaves this page for another of the app's pages. */
function destination(event: MouseEvent): string | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download")) return null;
  if (anchor.target && anchor.target !== "_self") return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith("/api/")) return null;
  if (url.pathname === window.location.pathname && url.search === window.location.search) return null;
  return url.pathname + url.search;
}

/** An address as this component compares addresses: the path, and the query as URLSearchParams writes it. */
function addressOf(pathname: string, search: string): string {
  return search ? `${pathname}?${search}` : pathname;
}

export function NavigationProgress({ label }: { label: string }) {
  const here = addressOf(usePathname(), useSearchParams().toString());
  // The address the click was made from: the bar shows while the address is still that one. A new
  // address ends it (and coming back to the old one later does not bring it back).
  const [leaving, setLeaving] = useState<string | null>(null);
  const [shown, setShown] = useState(here);
  if (shown !== here) {
    setShown(here);
    setLeaving(null);
  }
  const pending = leaving !== null && leaving === here;

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (destination(event) !== null) setLeaving(addressOf(window.location.pathname, new URLSearchParams(window.location.search).toString()));
    };
    // A page the browser restores from its cache (Back after a full load) starts without the bar.
    const onPageShow = () => setLeaving(null);
    window.addEventListener("click", onClick);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("click", onClick);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, []);
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => setLeaving(null), GIVE_UP_MS);
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
