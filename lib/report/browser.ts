import "server-only";
// The headless Chromium that renders gap reports: one per instance, launched on the first report and
// launched again if it dies, with a bounded number of renders at once (REPORT_RENDER_CONCURRENCY;
// further requests wait up to REPORT_RENDER_WAIT_SECONDS, then get a 503).
//
// PDF renders share one browser context, so the print page's style sheets and fonts (public,
// immutable build files) stay in its cache and its renderer processes stay warm; the DOCX's chart
// screenshots (2x) measured slower in a shared context and get a fresh one. Nothing of a reader lives in the shared
// context: each render has its own page, and the reader's grant (lib/report/print-grant.ts) goes as
// a header of that page's requests only (never into the context's cookie jar, which is checked to
// stay empty).
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
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

function contextOptions(deviceScaleFactor: number) {
  return {
    // A4's width at 96 px to the inch, so the page lays out on screen as it will on paper.
    viewport: { width: 794, height: 1123 },
    deviceScaleFactor,
    // The print page is complete as the server renders it: no hydration, no script to trust.
    javaScriptEnabled: false,
  };
}

// The shared contexts of the current browser, by pixel ratio; they close with it.
const contexts = new WeakMap<Browser, Map<number, Promise<BrowserContext>>>();

function sharedContext(current: Browser, deviceScaleFactor: number): Promise<BrowserContext> {
  let byScale = contexts.get(current);
  if (!byScale) contexts.set(current, (byScale = new Map()));
  let context = byScale.get(deviceScaleFactor);
  if (!context) {
    context = current.newContext(contextOptions(deviceScaleFactor));
    byScale.set(deviceScaleFactor, context);
    const made = context;
    made.catch(() => byScale.delete(deviceScaleFactor));
  }
  return context;
}

/**
 * Runs `task` with a page of its own in one of the instance's render slots; every request of the
 * page carries `requestHeaders` (the reader's grant and the report's language). Waiting too long for
 * a slot is a 503 with a translated message.
 */
export async function withPrintPage<T>(requestHeaders: Record<string, string>, task: (page: Page) => Promise<T>, options: { deviceScaleFactor?: number } = {}): Promise<T> {
  const config = env();
  slots ??= createSlots(config.REPORT_RENDER_CONCURRENCY);
  const scale = options.deviceScaleFactor ?? 1;
  try {
    return await slots.run(async () => {
      const current = await browser();
      // The PDF's renders share a context; the DOCX's screenshots (2x) are faster in one of their own.
      const shared = scale === 1;
      const context = shared ? await sharedContext(current, scale) : await current.newContext(contextOptions(scale));
      let page: Page;
      try {
        page = await context.newPage();
      } catch (error) {
        // A context that died (its renderer crashed): the next render makes a new one.
        if (shared) contexts.get(current)?.delete(scale);
        else await context.close().catch(() => undefined);
        throw error;
      }
      try {
        await page.setExtraHTTPHeaders(requestHeaders);
        return await task(page);
      } finally {
        await page.close().catch(() => undefined);
        if (shared) await keepJarEmpty(context);
        else await context.close().catch(() => undefined);
      }
    }, config.REPORT_RENDER_WAIT_SECONDS * 1000);
  } catch (error) {
    if (error instanceof SlotTimeoutError) throw new AppError("REPORT_BUSY", "every report renderer is busy");
    throw error;
  }
}

/**
 * The print page sets no cookie; should a response ever set one, it would reach the next reader's
 * render through the shared jar, so it is removed at once (and said in the log, as a defect).
 */
async function keepJarEmpty(context: BrowserContext): Promise<void> {
  const jar = await context.cookies().catch(() => []);
  if (jar.length === 0) return;
  logger.error({ names: jar.map((c) => c.name) }, "the report print page set cookies in the shared context: cleared");
  await context.clearCookies().catch(() => undefined);
}

/** Closes the browser (tests, shutdown). */
export async function closeReportBrowser(): Promise<void> {
  const current = launching;
  launching = null;
  if (current) await (await current.catch(() => null))?.close().catch(() => undefined);
}
