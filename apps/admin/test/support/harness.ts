import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { build, type PreviewServer, preview } from "vite";
import { type GatewayProcess, startGatewayProcess } from "./gateway-process";

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const APP_DIR = appDir;
/** Set by `builds.global.ts`: the console's production build, made once for the whole run. */
export const CONSOLE_BUILD_ENV = "SUPPORT_HUB_TEST_CONSOLE_BUILD";
/** Git-ignored (the root .gitignore's `test-results/`): one PNG per screen, kept as test artifacts. */
export const SCREENSHOT_DIR = join(appDir, "test-results", "screenshots");

/** axe-core's browser build, injected into pages to check accessibility. */
const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Debian's chromium package (installed by .ci/test-all); never a downloaded browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface OpenOptions {
  /** 390x844 with touch instead of 1280x800. */
  phone?: boolean;
  /** A path to open instead of the start page (signed in first when an email is given). */
  path?: string;
  /** Runs in the page before any of its scripts (e.g. to take away an API). */
  initScript?: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export interface Harness {
  gateway: GatewayProcess;
  /** The console's address (Vite preview of a production build, proxying to the gateway). */
  url: string;
  browser: Browser;
  /** A fresh browser context (own storage) on the console, signed in as `email` unless null. */
  open(email: string | null, options?: OpenOptions): Promise<{ page: Page; context: BrowserContext }>;
  screenshot(page: Page, name: string): Promise<void>;
  /** axe-core's violations on the page as it is now (WCAG 2.x A and AA rules, best practices). */
  axe(page: Page): Promise<AxeViolation[]>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The gateway's production bundle on PGlite, the console built once and served, and one headless Chromium. */
export async function startHarness(): Promise<Harness> {
  const shared = process.env[CONSOLE_BUILD_ENV];
  const outDir = shared ?? (await mkdtemp(join(tmpdir(), "support-hub-admin-")));
  const nodeEnv = process.env.NODE_ENV;
  const [gateway] = await Promise.all([
    freePort().then(startGatewayProcess),
    shared
      ? undefined
      : build({
          root: appDir,
          configFile: join(appDir, "vite.config.ts"),
          mode: "production",
          logLevel: "warn",
          build: { outDir, emptyOutDir: true, sourcemap: false },
        }),
    mkdir(SCREENSHOT_DIR, { recursive: true }),
  ]);
  process.env.NODE_ENV = nodeEnv; // vite.config.ts sets "production" for the build

  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    const port = await freePort();
    server = await preview({
      root: appDir,
      configFile: join(appDir, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir },
      preview: {
        host: "127.0.0.1",
        port,
        strictPort: true,
        open: false,
        proxy: { "/graphql": gateway.url, "/dev": gateway.url },
      },
    });
    const url = `http://127.0.0.1:${port}`;
    // launch() gives Chromium a fresh temporary user-data-dir, removed when it closes.
    const launched = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    browser = launched;

    return {
      gateway,
      url,
      browser: launched,
      async open(email, options = {}) {
        const context = await launched.newContext({
          viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
          // One locale, so the dates the console formats with Intl are known to the tests.
          locale: "en-US",
          timezoneId: "America/Los_Angeles",
          deviceScaleFactor: 1,
          isMobile: options.phone ?? false,
          hasTouch: options.phone ?? false,
        });
        context.setDefaultTimeout(10_000);
        if (options.initScript) await context.addInitScript(options.initScript);
        const page = await context.newPage();
        await page.goto(`${url}${options.path ?? "/"}`);
        if (email) await signIn(page, email);
        return { page, context };
      },
      async screenshot(page, name) {
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
      },
      async axe(page) {
        if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SCRIPT });
        return page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }
          ).axe;
          const result = await axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
          });
          return result.violations.map(({ id, impact, help, nodes }) => ({
            id,
            impact,
            help,
            nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
          }));
        });
      },
      async stop() {
        await launched.close().catch(() => {});
        await new Promise<void>((done) => server?.httpServer.close(() => done()) ?? done());
        await gateway.stop();
        if (!shared) await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    server?.httpServer.close();
    await gateway.stop();
    throw error;
  }
}

/** Picks a demo user on the sign-in screen and waits for the console. */
export async function signIn(page: Page, email: string) {
  await page.getByRole("button", { name: new RegExp(email.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/** Opens a screen from the navigation (the phone layout's menu included). */
export async function go(page: Page, label: string) {
  const toggle = page.getByRole("button", { name: /^Menu:/ });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: label }).click();
  await page.getByRole("heading", { level: 1 }).waitFor();
}

/** A label's exact text, with or without the visual "*" of required fields. */
export function exactly(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
}
