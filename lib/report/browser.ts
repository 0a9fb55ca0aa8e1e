import "server-only";
// The headless Chromium that renders gap reports: one per instance, launched on the first report and
// launched again if it dies, with a bounded number of renders at once (REPORT_RENDER_CONCURRENCY;
// further requests wait up to REPORT_RENDER_WAIT_SECONDS, then get a 503).
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { env } from "../env";
import { AppError } from "../errors";
import { logger } from "../logger";
import { createSlots, SlotTimeoutError, type Slots } from "./slots";

// Without these Chromium keeps trying to reach the internet (updates, sync, field trials), and in a
// container it has neither a sandbox-capable kernel setup nor a GPU.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--font-render-hinting=none",
];

/** The browser to run: CHROMIUM_PATH, else Debian's (/usr/bin/chromium), else Playwright's own download. */
export function chromiumExecutable(): string | undefined {
  const candidates = [env().CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}

let launching: Promise<Browser> | null = null;
let slots: Slots | null = null;

function launch(): Promise<Browser> {
  const started = chromium
    .launch({ executablePath: chromiumExecutable(), args: ARGS, headless: true })
    .then((browser) => {
      // A crash or a kill: the next report launches a new one.
      browser.on("disconnected", () => {
        if (launching === started) launching = null;
        logger.warn("report browser disconnected");
      });
      return browser;
    });
  started.catch(() => {
    if (launching === started) launching = null;
  });
  return started;
}

async function browser(): Promise<Browser> {
  launching ??= launch();
  const current = await launching;
  if (current.isConnected()) return current;
  launching = null;
  return browser();
}

/**
 * Runs `task` with a fresh browser context (its own cookies, nothing shared with other renders) in
 * one of the instance's render slots. Waiting too long for a slot is a 503 with a translated message.
 */
export async function withBrowserContext<T>(task: (context: BrowserContext) => Promise<T>, options: { deviceScaleFactor?: number } = {}): Promise<T> {
  const config = env();
  slots ??= createSlots(config.REPORT_RENDER_CONCURRENCY);
  try {
    return await slots.run(async () => {
      const context = await (await browser()).newContext({
        // A4's width at 96 px to the inch, so the page lays out on screen as it will on paper.
        viewport: { width: 794, height: 1123 },
        deviceScaleFactor: options.deviceScaleFactor ?? 1,
        // The print page is complete as the server renders it: no hydration, no script to trust.
        javaScriptEnabled: false,
      });
      try {
        return await task(context);
      } finally {
        await context.close().catch(() => undefined);
      }
    }, config.REPORT_RENDER_WAIT_SECONDS * 1000);
  } catch (error) {
    if (error instanceof SlotTimeoutError) throw new AppError("REPORT_BUSY", "every report renderer is busy");
    throw error;
  }
}

/** Closes the browser (tests, shutdown). */
export async function closeReportBrowser(): Promise<void> {
  const current = launching;
  launching = null;
  if (current) await (await current.catch(() => null))?.close().catch(() => undefined);
}
