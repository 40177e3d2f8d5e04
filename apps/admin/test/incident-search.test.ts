// The incident search, "start work" for the operator and the overview's contracts on a phone, in
// Chromium against a real gateway on the demo data. Fabrikam (frank) has incidents SR-0001..0009;
// Northwind SR-0010..0019; the operator reads them all.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./support/harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const numbers = (page: Page) => page.getByTestId("incident").evaluateAll((items) => items.map((item) => item.getAttribute("data-number")));
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The list shows exactly these incidents, in this order (waits for the search to land). */
async function expectList(page: Page, expected: string[]) {
  await page.waitForFunction(
    (wanted) =>
      JSON.stringify([...document.querySelectorAll("[data-testid=incident]")].map((item) => item.getAttribute("data-number"))) === wanted &&
      document.querySelector("[aria-busy=true]") === null,
    JSON.stringify(expected),
  );
  expect(await numbers(page)).toEqual(expected);
}

describe("incident search", () => {
  it("searches title and description as you type (one request per pause), and an SR number opens the incident", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/incidents" });
    await page.getByTestId("incident-total").getByText("Showing 1–5 of 9 incidents").waitFor();
    const queries: string[] = [];
    page.on("request", (request) => {
      const body = request.postData() ?? "";
      if (body.includes('"filter"')) queries.push(JSON.parse(body).variables.filter?.query ?? "");
    });

    const box = page.getByRole("searchbox", { name: "Search incidents" });
    await box.pressSequentially("dns"); // faster than the pause: only the whole word is searched
    await expectList(page, ["SR-0007", "SR-0004"]);
    expect(param(page, "q")).toBe("dns");
    expect(queries).toEqual(["dns"]);
    await harness.screenshot(page, "incident-search-text");

    await box.fill("sr-8");
    await box.press("Enter");
    const hit = page.getByTestId("number-hit");
    await hit.getByText("Customer subscription quota increase blocked").waitFor();
    await expectList(page, ["SR-0008"]);
    await hit.getByRole("link", { name: "Open SR-0008" }).click();
    await page.waitForURL(/\/incidents\/SR-0008$/);
    await page.getByRole("heading", { level: 1, name: /^SR-0008:/ }).waitFor();
    // Back returns to the search, its text in the box.
    await page.goBack();
    await expectList(page, ["SR-0008"]);
    expect(await box.inputValue()).toBe("sr-8");
    await context.close();
  });

  it("keeps filters and sort in the URL through reload and back, resets the page trail, and clears from the empty state", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/incidents" });
    const total = page.getByTestId("incident-total");
    await total.getByText("Showing 1–5 of 9 incidents").waitFor();
    await page.getByRole("button", { name: "Next page" }).click();
    await total.getByText("Showing 6–9 of 9 incidents").waitFor();
    expect(param(page, "pages")).toBeTruthy();

    // A filter change starts again from page one.
    await page.getByRole("checkbox", { name: "Open" }).check();
    await expectList(page, ["SR-0007", "SR-0003", "SR-0008"]);
    expect(param(page, "pages")).toBeNull();
    await page.getByLabel("Order").selectOption({ label: "Oldest first" });
    await expectList(page, ["SR-0008", "SR-0003", "SR-0007"]);
    expect([param(page, "status"), param(page, "sort"), param(page, "dir")]).toEqual(['["OPEN"]', "CREATED_AT", "ASC"]);
    await page.getByLabel("Sort by").selectOption({ label: "Severity" });
    await expectList(page, ["SR-0007", "SR-0008", "SR-0003"]); // B, B, C: most critical first, ties by ID
    expect(await page.getByLabel("Order").locator("option:checked").textContent()).toBe("Most critical first");

    await page.reload();
    await expectList(page, ["SR-0007", "SR-0008", "SR-0003"]);
    expect(await page.getByRole("checkbox", { name: "Open" }).isChecked()).toBe(true);
    expect(await page.getByLabel("Sort by").inputValue()).toBe("SEVERITY");
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "incident-search-filtered");

    // Nothing open on Microsoft 365: the empty state says so and offers a way out.
    await page.getByLabel("Plan").selectOption({ label: "Microsoft 365" });
    await page.getByText("No incidents match this search").waitFor();
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "incident-search-empty");
    await page.goBack();
    await expectList(page, ["SR-0007", "SR-0008", "SR-0003"]);
    await page.goForward();
    await page.getByText("No incidents match this search").waitFor();
    await page.getByRole("button", { name: "Clear search and filters" }).click();
    await total.getByText("Showing 1–5 of 9 incidents").waitFor();
    // The sort stays: it is how to read the list, not which incidents.
    expect([param(page, "status"), param(page, "plan"), param(page, "sort")]).toEqual([null, null, "SEVERITY"]);
    await context.close();
  });

  it("survives a hand-edited URL: unknown values are dropped, a date range and severity still apply", async () => {
    const garbage = `/incidents?severity=${encodeURIComponent('["Z","A"]')}&sort=BOGUS&dir=up&from=2026-02-30&plan=7&pages=oops`;
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: garbage });
    await expectList(page, ["SR-0002"]); // only severity A survives
    // Four days before the gateway's today (UTC): the demo incidents open at 09:00 UTC on days
    // counted from it, 01:00 the same day in the browser's Los Angeles. The browser's own today is a
    // day behind from 00:00 to 08:00 UTC, and "four days ago" from it let in SR-0008 (five days).
    const from = new Date(Date.now() - 4 * 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${harness.url}/incidents?from=${from}&sort=CREATED_AT&dir=ASC`);
    await expectList(page, ["SR-0003", "SR-0007"]); // opened 3 and 2 days ago
    await context.close();
  });

  it("is usable on a phone: no sideways scrolling, no axe violations (44 px targets: screens.test.ts)", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/incidents", phone: true });
    await page.getByTestId("incident-total").getByText("Showing 1–5 of 9 incidents").waitFor();
    await page.getByRole("searchbox", { name: "Search incidents" }).fill("dns");
    await expectList(page, ["SR-0007", "SR-0004"]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "incident-search-phone");
    await context.close();
  });
});

describe("start work", () => {
  it("lets the operator reach open incidents and start work on one: status and timeline change", async () => {
    const { page, context } = await harness.open("olivia.operator@partnerprogram.example", { path: "/incidents" });
    await page.getByRole("link", { name: "Waiting for work: open incidents, oldest first" }).click();
    // Every organization's open incidents, oldest first (Northwind's 10, 7 and 4 days ago; Fabrikam's 5, 3, 2), 5 a page.
    await expectList(page, ["SR-0017", "SR-0018", "SR-0008", "SR-0019", "SR-0003"]);
    expect(await page.getByTestId("incident").first().textContent()).toContain("Northwind");
    await page.getByRole("link", { name: "SR-0017" }).click();
    await page.getByRole("heading", { level: 1, name: "SR-0017: Hybrid free/busy lookups fail" }).waitFor();
    const events = page.getByTestId("timeline-event");
    await events.first().waitFor();
    const before = await events.count();
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "incident-start-work-before");

    await page.getByRole("button", { name: "Start work" }).click();
    const dialog = page.getByRole("dialog", { name: "Start work on SR-0017?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Start work" }).click();
    await page.getByTestId("announcer").getByText("Work started on SR-0017: it is in progress").waitFor();
    await page.locator(".incident-head .status-in_progress").getByText("In progress").waitFor();
    await events.nth(before).waitFor();
    expect(await events.last().getAttribute("data-kind")).toBe("WORK_STARTED");
    expect(await events.last().textContent()).toContain("Olivia");
    expect(await page.getByRole("button", { name: "Start work" }).count()).toBe(0);
    await harness.screenshot(page, "incident-start-work-after");

    // The list was invalidated too: SR-0017 left the open queue.
    await page.goBack();
    await expectList(page, ["SR-0018", "SR-0008", "SR-0019", "SR-0003", "SR-0007"]);
    await context.close();
  });

  it("shows the operator's detail screen on a phone without violations", async () => {
    const { page, context } = await harness.open("olivia.operator@partnerprogram.example", { path: "/incidents/SR-0018", phone: true });
    await page.getByRole("button", { name: "Start work" }).waitFor();
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "incident-start-work-phone");
    await context.close();
  });

  it("never shows Start work to anyone else, not even on their own open incident", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/incidents/SR-0003" });
    await page.getByRole("button", { name: "Withdraw" }).waitFor();
    expect(await page.getByRole("button", { name: "Start work" }).count()).toBe(0);
    await context.close();
  });
});

describe("overview contracts", () => {
  it("are stacked cards with labelled values at 390 px, and a one-line-per-term table at 1280 px", async () => {
    const phone = await harness.open("frank.admin@fabrikam.example", { path: "/overview", phone: true });
    const card = phone.page.getByTestId("contract-card-CLOUD");
    await card.waitFor();
    expect(await card.locator("dt").allTextContents()).toEqual(["Kind", "State", "Term", "Incidents"]);
    expect(await card.locator("dd").nth(3).textContent()).toBe("2 of 5 left");
    expect(await phone.page.getByTestId("contract-CLOUD").isVisible()).toBe(false);
    const sideways = await phone.page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      cards: [...document.querySelectorAll(".contract-card")].map((element) => element.scrollWidth - element.clientWidth),
    }));
    expect(sideways).toEqual({ page: 0, cards: [0, 0] });
    expect(await harness.axe(phone.page)).toEqual([]);
    await harness.screenshot(phone.page, "overview-contracts-phone");
    await phone.context.close();

    const wide = await harness.open("frank.admin@fabrikam.example", { path: "/overview" });
    const row = wide.page.getByTestId("contract-CLOUD");
    await row.waitFor();
    expect(await wide.page.getByTestId("contract-card-CLOUD").isVisible()).toBe(false);
    const fit = await row.evaluate((element) => {
      const table = element.closest("table")!;
      const wrap = table.parentElement!;
      const lineHeight = Number.parseFloat(getComputedStyle(element.querySelector("td")!).lineHeight) || 24;
      const tallest = Math.max(...[...table.querySelectorAll("tbody td")].map((cell) => cell.getBoundingClientRect().height));
      return { clipped: wrap.scrollWidth > wrap.clientWidth, oneLine: tallest < lineHeight * 2 };
    });
    expect(fit).toEqual({ clipped: false, oneLine: true });
    expect(await harness.axe(wide.page)).toEqual([]);
    await harness.screenshot(wide.page, "overview-contracts-wide");
    await wide.context.close();
  });
});
