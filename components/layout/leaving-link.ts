// Which clicks follow a link to another of the app's pages in place: a plain left click, without a
// modifier key, on a link to this origin that does not download, open elsewhere, point under /api/
// (files, which leave the page where it is) or only change the fragment (the skip link, an index of
// indicators). Read by the navigation progress bar and by in-place links (./in-place-links.tsx).

/** The address a click on a link leaves this page for, in place, or null when it does not. */
export function linkLeavingThePage(event: MouseEvent): URL | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download")) return null;
  if (anchor.target && anchor.target !== "_self") return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith("/api/")) return null;
  return url.pathname !== window.location.pathname || url.search !== window.location.search ? url : null;
}
