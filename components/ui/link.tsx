// The app's link: next/link, with prefetching off unless a caller turns it on. By default a next/link
// fetches the page of every link in view: one view of the round overview sent 24 requests more,
// each one signed in and rendered on the server, and on a slow connection they compete with the
// page the reader is waiting for. A click still navigates without a full page load (only the new
// page's data crosses the wire). No hooks here: it renders in server and client components alike,
// with no boundary of its own. Imported instead of next/link (eslint.config.mjs).
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
