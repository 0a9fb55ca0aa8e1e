// The request header that carries a print grant (./print-grant.ts) from the report renderer to the
// print page. Pure, so the proxy (proxy.ts) can let such a request through to the page, which
// verifies the grant itself.
export const PRINT_GRANT_HEADER = "x-cybercap-print-grant";
