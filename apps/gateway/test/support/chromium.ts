import { type Browser, chromium } from "playwright-core";

/**
 * Debian's Chromium (installed by .ci/test-all), never a downloaded browser. It has no internet
 * here, so a page that needs a CDN fails in it: what the offline explorer tests rely on.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
