"use client";
// Plain links that navigate in place. A long list or table of links is built as markup
// (lib/html/markup.ts) with plain <a> elements rather than a next/link each: a client component per
// link cost more to render on the server and to hydrate than its row. Inside an element marked
// data-in-place, a followed link is handed to the router as next/link would do it: only the next
// page's data crosses the wire, without a full page load. One listener on the window for the whole
// page; a click another handler has cancelled, or that does not leave the page for another of the
// app's pages in place (./leaving-link.ts), is left to the browser.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { linkLeavingThePage } from "./leaving-link";

export function InPlaceLinks() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || !(event.target instanceof Element) || !event.target.closest("[data-in-place] a[href]")) return;
      const url = linkLeavingThePage(event);
      if (!url) return;
      event.preventDefault();
      router.push(`${url.pathname}${url.search}${url.hash}`);
    };
    window.addEventListener("click", onClick);
    return () => window.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
