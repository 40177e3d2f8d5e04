// The coverage timeline and the eligibility walk-through in Chromium against a real gateway on the
// demo data (DOMAIN.md "Demo data": on 2026-11-30 N is Windows Server 2025 and SQL Server 2025;
// Windows Server 2022 left mainstream support on 2026-10-13; SQL Server 2022 is N-1 until 2028-01-11).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exactly, go, type Harness, startHarness } from "./support/harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

/** Each version of the list (the accessible twin of the chart): its covered-until line and its windows' statuses. */
async function timelineFacts(page: Page) {
  await page.getByTestId("timeline-list").waitFor();
  return page.getByTestId("timeline-version").evaluateAll((items) =>
    items.map((item) => ({
      version: item.getAttribute("data-version"),
      coveredUntil: item.querySelector('[data-testid="covered-until"]')?.textContent,
      statuses: [...item.querySelectorAll("li[data-status]")].map((li) => li.getAttribute("data-status")),
    })),
  );
}

/** The walk-through's steps as shown: rule and result, in order. */
async function steps(page: Page) {
  await page.getByTestId("eligibility-steps").waitFor();
  return page
    .getByTestId("eligibility-steps")
    .locator("li")
    .evaluateAll((items) => items.map((item) => `${item.getAttribute("data-rule")}:${item.getAttribute("data-result")}`));
}

describe("coverage checker", () => {
  it("survives a hand-edited URL: a malformed date and numeric ids are dropped, not shown or sent", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", {
      path: "/coverage?asOf=20261130&productId=7&versionId=9",
    });
    await page.getByRole("heading", { level: 1 }).waitFor();
    // Today's date, not the raw number, and no product picked: the checker is usable as if the URL were clean.
    const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA")); // the browser's day
    expect(await page.getByLabel(exactly("Date")).inputValue()).toBe(today);
    expect(await page.getByLabel(exactly("Product")).inputValue()).toBe("");
    expect(await page.locator(".state-error").count()).toBe(0);
    await context.close();
  });
});

describe("coverage timeline", () => {
  it("shows each version as N, N-1 in mainstream or not covered, with its covered-until date; the range survives a reload", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/coverage" });
    await page.getByRole("link", { name: "See every version on a timeline" }).click();
    await page.getByRole("heading", { level: 1, name: "Coverage timeline" }).waitFor();
    await page.getByLabel(exactly("Product")).selectOption({ label: "SQL Server" });
    // Not four whole years apart, so never the default range of any day: typing the default changes nothing, and the URL
    // would not move (on 2026-12-01 a 2025-12-01..2029-12-01 range was the default, and this test waited for nothing).
    await page.getByLabel(exactly("From")).fill("2025-12-01");
    await page.getByLabel(exactly("To (exclusive)")).fill("2029-11-30");
    await page.waitForURL(/from=2025-12-01.*to=2029-11-30|to=2029-11-30.*from=2025-12-01/);
    await page.getByRole("heading", { name: /^SQL Server, / }).waitFor();

    const sql = [
      {
        version: "2025",
        coveredUntil: "Covered while it is the newest version: no newer release in the catalog yet.",
        statuses: ["COVERED_AS_N"],
      },
      {
        version: "2022",
        coveredUntil: expect.stringMatching(/^Covered until .*2028.* \(last covered day\)\.$/),
        statuses: ["COVERED_AS_N_MINUS_1_MAINSTREAM", "NOT_COVERED"],
      },
      { version: "2019", coveredUntil: "Not covered today.", statuses: ["NOT_COVERED"] },
      { version: "2017", coveredUntil: "Not covered today.", statuses: ["NOT_COVERED"] },
    ];
    expect(await timelineFacts(page)).toEqual(sql);
    // The words say why N-1 stops, not only the colour.
    expect(await page.locator('[data-version="2022"] li[data-status="COVERED_AS_N_MINUS_1_MAINSTREAM"]').textContent()).toContain(
      "Covered as N-1 (in mainstream support), ends because mainstream support ended",
    );
    // The chart draws the same windows, and today's line inside the range.
    expect(await page.getByTestId("timeline-chart").locator(".lifecycle-bar").count()).toBe(5);
    await page.locator(".lifecycle-today-label").waitFor();
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "timeline-desktop-sql-server");

    await page.reload();
    await page.getByRole("heading", { name: /^SQL Server, / }).waitFor();
    expect(await page.getByLabel(exactly("From")).inputValue()).toBe("2025-12-01");
    expect(await page.getByLabel(exactly("To (exclusive)")).inputValue()).toBe("2029-11-30");
    expect(await timelineFacts(page)).toEqual(sql);
    await context.close();
  });

  it("fits a phone: Windows Server 2022 left N-1 at its mainstream end; a reversed range in the URL falls back to the default", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", {
      path: "/coverage/timeline?from=2030-01-01&to=2020-01-01",
      phone: true,
    });
    // No product in the URL: the first on-premises product of the catalog (a cloud product has one always-covered version).
    await page.getByRole("heading", { name: /^\w+ Server, / }).waitFor();
    await page.getByLabel(exactly("Product")).selectOption({ label: "Windows Server" });
    await page.getByRole("heading", { name: /^Windows Server, / }).waitFor();
    const facts = await timelineFacts(page);
    expect(facts.map((fact) => fact.version)).toEqual(["2025", "2022", "2019", "2016"]);
    // Default range: a year back and three ahead, so 2022's N-1 window and its end are both in it.
    expect(facts[1]).toEqual({
      version: "2022",
      coveredUntil: "Not covered today.",
      statuses: ["COVERED_AS_N_MINUS_1_MAINSTREAM", "NOT_COVERED"],
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBe(0);
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "timeline-phone-windows-server");
    await context.close();
  });
});

describe("eligibility walk-through", () => {
  it("passes every rule for Fabrikam on SQL Server 2025 and links to opening an incident", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/coverage" });
    await go(page, "Eligibility");
    await page.getByLabel(exactly("Product")).selectOption({ label: "SQL Server (on-premises)" });
    await page.getByLabel(exactly("Version")).selectOption({ label: "2025" });
    const walked = await steps(page);
    expect(await page.getByTestId("eligibility-verdict").textContent()).toContain("You can open a request");
    expect(walked.some((step) => step.endsWith(":FAIL"))).toBe(false);
    expect(await page.getByTestId("next-action-link").getAttribute("href")).toBe("/incidents");
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "eligibility-desktop-pass");

    // The question is in the URL: a reload asks it again.
    expect(page.url()).toMatch(/productId=.*versionId=/);
    await page.reload();
    expect(await steps(page)).toEqual(walked);
    await context.close();
  });

  it("stops at activation for Contoso (not activated) and sends its admin to the Activation screen", async () => {
    const { page, context } = await harness.open("alice.admin@contoso.example", { path: "/eligibility", phone: true });
    await page.getByLabel(exactly("Product")).selectOption({ label: "Windows Server (on-premises)" });
    await page.getByLabel(exactly("Version")).selectOption({ label: "2025" });
    const walked = await steps(page);
    expect(walked.slice(0, 3)).toEqual(["OFFER:PASS", "ENTITLEMENT:PASS", "ACTIVATION:FAIL"]);
    expect(walked.slice(3).every((step) => /:NOT_(REACHED|NEEDED)$/.test(step))).toBe(true);
    const failing = page.locator('li[data-rule="ACTIVATION"]');
    expect(await failing.getAttribute("aria-current")).toBe("step");
    expect(await failing.getByTestId("next-action-actors").textContent()).toContain("you");
    await failing.getByTestId("next-action-link").click();
    await page.waitForURL(/\/benefits$/);
    await page.goBack();
    await page.getByTestId("eligibility-steps").waitFor();
    expect(await page.getByTestId("next-action").textContent()).toContain("Activate the technical benefits");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBe(0);
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "eligibility-phone-activation");
    await context.close();
  });

  it("fails version coverage for Windows Server 2019 on Fabrikam, and keeps the screen from a CSP-only account", async () => {
    const frank = await harness.open("frank.admin@fabrikam.example", { path: "/eligibility" });
    await frank.page.getByLabel(exactly("Product")).selectOption({ label: "Windows Server (on-premises)" });
    await frank.page.getByLabel(exactly("Version")).selectOption({ label: "2019" });
    const walked = await steps(frank.page);
    expect(walked).toContain("VERSION_COVERAGE:FAIL");
    expect(await frank.page.getByTestId("next-action").textContent()).toContain("Buy Premier Support for Partners");
    await harness.screenshot(frank.page, "eligibility-desktop-version-not-covered");
    // Fabrikam is a DIRECT CSP partner: a customer can be named, and the walk then checks the CSP role.
    await frank.page.getByLabel(exactly("Product")).selectOption({ label: "Azure (cloud)" });
    const customer = frank.page.getByLabel(exactly("For"));
    const firstCustomer = (await customer.locator("option").allTextContents()).find((label) => label.startsWith("CSP customer:"));
    expect(firstCustomer).toBeDefined();
    await customer.selectOption({ label: firstCustomer ?? "" });
    await frank.page.waitForURL(/customerId=/);
    await frank.page.locator('li[data-rule="CSP_ROLE"]:not([data-result="NOT_NEEDED"])').waitFor();
    // Frank is a Global Admin, not an Admin Agent: the walk stops at the CSP role and says whom to ask.
    expect((await steps(frank.page)).at(-1)).toBe("CSP_ROLE:FAIL");
    expect(await frank.page.getByTestId("next-action").textContent()).toContain("Ask an Admin Agent of your organization");
    await harness.screenshot(frank.page, "eligibility-desktop-csp-customer");
    await frank.context.close();

    const carol = await harness.open("carol.csp@adatum.example", { path: "/eligibility" });
    await carol.page.getByTestId("not-authorized").waitFor();
    expect(await carol.page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Eligibility" }).count()).toBe(0);
    await carol.context.close();
  });
});
