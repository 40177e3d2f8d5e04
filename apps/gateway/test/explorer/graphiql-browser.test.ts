import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

let gateway: TestGateway;
let browser: Browser;
beforeAll(async () => {
  [gateway, browser] = await Promise.all([startTestGateway(), launchChromium()]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
});

/** A fresh page that records every URL it requests and every CSP violation or script error. */
async function openPage(): Promise<{ page: Page; requested: string[]; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const requested: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  return { page, requested, problems };
}

// Generous: a cold Chromium compiling a 5 MB bundle on a busy two-core machine.
describe("GraphiQL served by the gateway (Chromium without internet)", { timeout: 120_000 }, () => {
  it("runs an example query as the demo user and shows demo data", async () => {
    const { page, requested, problems } = await openPage();
    await page.goto(`${gateway.url}/graphiql`);
    // The dev token is in the headers editor.
    await expect.poll(() => page.locator(".graphiql-editor-tool").innerText(), { timeout: 30_000 }).toContain("Bearer");
    // Several operations: Run asks which one.
    await page.locator(".graphiql-execute-button").click();
    await page.getByRole("menuitem", { name: "RecentIncidents" }).click();
    // Monaco renders spaces as no-break spaces and wraps long lines: compare short values only.
    const responseText = async () => (await page.locator(".graphiql-response").innerText()).replace(/\u00a0/g, " ");
    // Fabrikam's newest demo incident (opened two days before the seed date).
    await expect.poll(responseText, { timeout: 30_000 }).toContain('"number": "SR-0007"');
    const text = await responseText();
    expect(text).toContain('"totalCount": 9');
    expect(text).not.toContain('"errors"');

    // Everything came from the gateway itself: the page, its script, styles, fonts, workers, GraphQL.
    const foreign = requested.filter((url) => !url.startsWith(gateway.url) && !url.startsWith("data:") && !url.startsWith("blob:"));
    expect(foreign).toEqual([]);
    expect(requested.some((url) => url.endsWith("/graphiql/assets/graphiql.js"))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("the Sandbox page, blank offline, shows a link that opens GraphiQL", async () => {
    const { page } = await openPage();
    await page.goto(gateway.graphqlUrl);
    const link = page.locator("#graphiql-link");
    await expect.poll(() => link.isVisible(), { timeout: 30_000 }).toBe(true);
    await link.click();
    await page.waitForURL(`${gateway.url}/graphiql`);
    await expect.poll(() => page.locator(".graphiql-execute-button").isVisible(), { timeout: 30_000 }).toBe(true);
    await page.context().close();
  });
});
